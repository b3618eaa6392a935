// The Content-Security-Policy header for everything served from app://. Mirrors the <meta> in
// src/renderer/index.html; the header also covers workers and adds frame-ancestors, which a
// <meta> cannot. 'self' is app://tilskudd, so nothing remote can load.
const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // MUI/emotion injects <style> tags at runtime.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  // Heavy jobs (PDF batches) run in module workers, some created from blob: URLs. The letter
  // preview's pdf.js worker is an emitted file, so 'self'.
  'worker-src': "'self' blob:",
  'connect-src': "'self'",
  'object-src': "'none'",
  // Nothing is framed: the letter preview draws the PDF on canvases (pdf.js), not in a frame.
  'frame-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers added to every app:// response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
