// Which links may leave the app for the user's browser. Shared by main, preload callers and the
// browser platform so both runtimes refuse the same things.

/** True for absolute http(s) URLs without embedded credentials; everything else is refused. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.hostname === '') return false;
  // user:pass@host links are a classic phishing disguise.
  if (parsed.username !== '' || parsed.password !== '') return false;
  return true;
}
