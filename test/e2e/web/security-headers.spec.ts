// The browser build answers with the same CSP as the Electron window, so it cannot be framed.
import { test, expect } from '@playwright/test';

test('the program is served with a CSP that forbids framing and remote code', async ({ request }) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
