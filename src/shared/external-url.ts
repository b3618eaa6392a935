// Which links may leave the app for the user's browser. Shared by main, preload callers and the
// browser platform so both runtimes refuse the same things.

/**
 * The sites the program's help and texts link to: the scheme's owner, the law, the registers and
 * the authorities an officer is referred to. A link anywhere else is refused, so a crafted text in
 * an imported file or a letter can never send the officer's browser somewhere unknown.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'imdi.no',
  'lovdata.no',
  'regjeringen.no',
  'brreg.no',
  'frivillighetsregisteret.no',
  'datatilsynet.no',
  'arkivverket.no',
  'uutilsynet.no',
];

function isAllowedHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return EXTERNAL_LINK_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/**
 * True for absolute http(s) URLs without embedded credentials on one of EXTERNAL_LINK_HOSTS (or a
 * subdomain); everything else is refused.
 */
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
  return isAllowedHost(parsed.hostname);
}
