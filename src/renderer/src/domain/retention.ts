// Removing personal data from closed cases once the retention period is over (personvern): which
// fields are personal data, when a case is past retention, and how a removed value is kept as a
// hash in the change log so the log still verifies (see change-log-chain.ts: redaction commitments).
import { canonicalJson, entryHash, sha256OfText, type ChainContent, type RedactionCommitment } from './change-log-chain';

/** The default: ten years after the grant year, as the archive rules ask. */
export const DEFAULT_RETENTION_YEARS = 10;

/** Fields that hold personal data about a person (not about the organisation as such), per table. */
export const PERSONAL_FIELDS = {
  organisations: ['contactPerson', 'email', 'phone', 'accountNumber', 'boardMembers'],
  applications: ['receptionCentreContact'],
} as const satisfies Record<string, readonly string[]>;

export type TableWithPersonalData = keyof typeof PERSONAL_FIELDS;

/** What a removed value becomes in the change log: the SHA-256 of its canonical JSON. */
export interface RemovedValue {
  fjernetSha256: string;
}

export function isRemovedValue(value: unknown): value is RemovedValue {
  return (
    !!value &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as Partial<RemovedValue>).fjernetSha256 === 'string'
  );
}

export function removedValue(value: unknown): RemovedValue {
  return { fjernetSha256: sha256OfText(canonicalJson(value)) };
}

/** The last grant year whose cases are past retention in `currentYear` (2026, 10 → 2015). */
export function lastExpiredGrantYear(currentYear: number, retentionYears: number): number {
  return currentYear - retentionYears - 1;
}

/** A row without its personal fields; undefined when it had none. */
export function withoutPersonalData<T extends object>(table: TableWithPersonalData, row: T): T | undefined {
  const fields = PERSONAL_FIELDS[table] as readonly string[];
  if (!fields.some((f) => f in row)) return undefined;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key))) as T;
}

/** What a removed text becomes where it was quoted inside other text (a screening's reason). */
export const REMOVED_TEXT = '[fjernet]';

/**
 * Every string inside `value` with each of `texts` replaced by REMOVED_TEXT; undefined when none
 * occurs. For rows that quote personal data (R8's reason names the reception centre's contact).
 */
export function scrubTexts(value: unknown, texts: readonly string[]): unknown {
  const wanted = texts.filter((t) => t.trim().length > 0);
  if (wanted.length === 0) return undefined;
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let out = v;
      for (const t of wanted) out = out.split(t).join(REMOVED_TEXT);
      if (out !== v) changed = true;
      return out;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const result = walk(value);
  return changed ? result : undefined;
}

/** The personal values a row holds, as texts (for scrubbing rows that quote them). */
export function personalTexts(table: TableWithPersonalData, row: object): string[] {
  const values = (PERSONAL_FIELDS[table] as readonly string[]).map((f) => (row as Record<string, unknown>)[f]);
  return values.flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []));
}

/** A log image with every personal value replaced by its hash; undefined when nothing changes. */
export function redactImage(table: TableWithPersonalData, image: unknown): unknown {
  if (!image || typeof image !== 'object' || Array.isArray(image)) return undefined;
  const fields = PERSONAL_FIELDS[table] as readonly string[];
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(image as Record<string, unknown>)) {
    if (fields.includes(key) && !isRemovedValue(value)) {
      out[key] = removedValue(value);
      changed = true;
    } else {
      out[key] = value;
    }
  }
  return changed ? out : undefined;
}

/** Redacts one log entry's images; undefined when it holds no personal values. */
export function redactEntry<E extends ChainContent & { prevHash: string; hash: string }>(
  table: TableWithPersonalData,
  entry: E,
): { entry: E; commitment: RedactionCommitment } | undefined {
  return redactWith(entry, (image) => redactImage(table, image));
}

/** Scrubs quoted personal texts from one log entry's images; undefined when none occurs. */
export function scrubEntry<E extends ChainContent & { prevHash: string; hash: string }>(
  entry: E,
  texts: readonly string[],
): { entry: E; commitment: RedactionCommitment } | undefined {
  return redactWith(entry, (image) => scrubTexts(image, texts));
}

function redactWith<E extends ChainContent & { prevHash: string; hash: string }>(
  entry: E,
  redact: (image: unknown) => unknown,
): { entry: E; commitment: RedactionCommitment } | undefined {
  const before = redact(entry.before);
  const after = redact(entry.after);
  if (before === undefined && after === undefined) return undefined;
  const redacted = { ...entry, before: before ?? entry.before, after: after ?? entry.after };
  return {
    entry: redacted,
    commitment: { id: entry.id, hash: entry.hash, redactedHash: entryHash(redacted, entry.prevHash) },
  };
}
