// The browser build is served with the same security headers as the Electron window.
import { describe, expect, it } from 'vitest';
import webConfig from '../../../vite.web.config';
import { securityHeaders } from '../../../src/main/security/csp';

describe('vite.web.config.ts', () => {
  it("serves the app with the Electron window's CSP, frame-ancestors 'none' included", () => {
    const headers = webConfig.preview?.headers as Record<string, string>;
    expect(headers).toEqual(securityHeaders());
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
