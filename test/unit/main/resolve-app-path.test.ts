import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../src/main/security/resolve-app-path';

const ROOT = join('/opt', 'app', 'out', 'renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath('app://tilskudd/index.html', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath('app://tilskudd/assets/index-abc.js', ROOT)).toBe(
      join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath('app://tilskudd/assets/a%20b.js?x=1#y', ROOT)).toBe(
      join(ROOT, 'assets', 'a b.js'),
    );
  });

  it('serves index.html for the root and folders', () => {
    expect(resolveAppPath('app://tilskudd/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath('app://tilskudd', ROOT)).toBe(join(ROOT, 'index.html'));
  });

  it('refuses paths that escape the renderer folder', () => {
    for (const url of [
      'app://tilskudd/..%2f..%2fmain%2findex.js',
      'app://tilskudd/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://tilskudd/%2e%2e/secret.txt',
      'app://tilskudd/..%5c..%5csecret.txt',
      'app://tilskudd/a%00.js',
      'app://tilskudd/%E0%A4%A',
    ]) {
      const resolved = resolveAppPath(url, ROOT);
      if (resolved !== null) expect(resolved.startsWith(ROOT + '/'), url).toBe(true);
      else expect(resolved, url).toBeNull();
    }
    expect(resolveAppPath('app://tilskudd/..%2f..%2fmain%2findex.js', ROOT)).toBeNull();
    expect(resolveAppPath('app://tilskudd/a%00.js', ROOT)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath('app://other/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('file:///opt/app/out/renderer/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('nonsense', ROOT)).toBeNull();
  });
});
