// What the app bar shows (municipality and officer), remembered in localStorage from the last
// start. It only lets a returning officer's shell and page draw while IndexedDB is still opening;
// the settings in the database stay the truth and replace it as soon as they are read. No hint
// (first start, cleared storage) means the splash waits for the database as before.

export interface ShellIdentity {
  /** "Bergen kommune", as the app bar shows it. */
  municipality: string;
  officerName: string;
}

export const SHELL_HINT_KEY = 'tilskudd-frivillige:skall';

function isShellIdentity(value: unknown): value is ShellIdentity {
  if (typeof value !== 'object' || value === null) return false;
  const { municipality, officerName } = value as Record<string, unknown>;
  return typeof municipality === 'string' && typeof officerName === 'string';
}

/** The remembered identity, or null when there is none or it cannot be read. */
export function readShellHint(storage: Storage | undefined = globalThis.localStorage): ShellIdentity | null {
  try {
    const text = storage?.getItem(SHELL_HINT_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isShellIdentity(value) ? { municipality: value.municipality, officerName: value.officerName } : null;
  } catch {
    // Storage switched off or a damaged value: start as if there were none.
    return null;
  }
}

/** Remembers the identity for the next start; null forgets it (no settings any more). */
export function writeShellHint(identity: ShellIdentity | null, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (identity === null) {
      storage?.removeItem(SHELL_HINT_KEY);
      return;
    }
    const text = JSON.stringify(identity);
    if (storage?.getItem(SHELL_HINT_KEY) !== text) storage?.setItem(SHELL_HINT_KEY, text);
  } catch {
    // Full or switched-off storage only costs the next start a little time.
  }
}
