import { describe, expect, it } from 'vitest';
import {
  isAllowedAppUrl,
  isAllowedRequestUrl,
  isSafeExternalUrl,
} from '../../../src/main/security/url-policy';
import { isTrustedSender } from '../../../src/main/security/sender-policy';

const DEV = 'http://localhost:5173';

describe('isAllowedAppUrl', () => {
  it('accepts pages of app://tilskudd', () => {
    expect(isAllowedAppUrl('app://tilskudd/index.html')).toBe(true);
    expect(isAllowedAppUrl('app://tilskudd/soknader/12#x')).toBe(true);
  });

  it('refuses other hosts, schemes and garbage', () => {
    expect(isAllowedAppUrl('app://other/index.html')).toBe(false);
    expect(isAllowedAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedAppUrl('https://tilskudd/')).toBe(false);
    expect(isAllowedAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server only when its origin is given', () => {
    expect(isAllowedAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAllowedAppUrl('http://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedAppUrl('http://localhost:5174/', DEV)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts http and https links to the sites the program refers to, and their subdomains', () => {
    expect(isSafeExternalUrl('https://www.imdi.no/tilskudd/')).toBe(true);
    expect(isSafeExternalUrl('http://lovdata.no/lov/1967-02-10')).toBe(true);
    expect(isSafeExternalUrl('https://w2.brreg.no/enhet/sok/')).toBe(true);
    expect(isSafeExternalUrl('https://IMDI.NO./')).toBe(true);
  });

  it('refuses every other host, also look-alikes', () => {
    for (const url of [
      'http://example.org',
      'https://imdi.no.evil.example/',
      'https://evilimdi.no/',
      'https://lovdata.no@evil.example/',
      'https://127.0.0.1/',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses other schemes and credentials in the URL', () => {
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:a@b.no',
      'app://tilskudd/',
      'https://user:pass@evil.example',
      '//example.org',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows only the app and local schemes', () => {
    expect(isAllowedRequestUrl('app://tilskudd/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://tilskudd/1234')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
  });

  it('allows the dev server and its hot-reload socket in development only', () => {
    expect(isAllowedRequestUrl('ws://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/')).toBe(false);
    expect(isAllowedRequestUrl('ws://evil.example/', DEV)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender('app://tilskudd/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
  });
});
