// The restore ends with a full reload; this carries its message across it (sessionStorage: this tab only).
const KEY = 'tilskudd-frivillige:restored';

export function rememberRestoredNotice(text: string): void {
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // No storage: the officer just sees the restored data without the sentence.
  }
}

/** The message once, then forgotten. */
export function takeRestoredNotice(): string | null {
  try {
    const text = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return text;
  } catch {
    return null;
  }
}
