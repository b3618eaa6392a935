// The change log's hash chain: each entry's hash covers its own content and the hash before it, so an
// edited, deleted or re-numbered entry breaks the chain. The hash is computed synchronously because
// it is taken inside the writing Dexie transaction, where awaiting WebCrypto would commit it early.

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

// ---- SHA-256 (FIPS 180-4), plain and synchronous ----

// Int32Array, not Uint32Array: V8 keeps int32 values unboxed, which makes this several times faster.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

// State reused by every call (the hash is synchronous, so calls never overlap): a log batch hashes
// thousands of entries, and fresh arrays per entry cost the garbage collector more than the rounds.
const h = new Int32Array(8);
const w = new Int32Array(64);
const MAX_SCRATCH = 1 << 20;
let scratch = new Uint8Array(4096);
const encoder = new TextEncoder();

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Runs the compression over the padded message in `m[0, length)` (length a multiple of 64). */
function compress(m: Uint8Array, length: number): void {
  // Plain locals and inline rotations, no arrays per round: this runs on every change-log write.
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0, o = offset; i < 16; i++, o += 4) w[i] = (m[o]! << 24) | (m[o + 1]! << 16) | (m[o + 2]! << 8) | m[o + 3]!;
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }
}

/** Pads `m[0, n)` in place (m has room: n + 9 rounded up to 64) and returns the padded length. */
function pad(m: Uint8Array, n: number): number {
  // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian number.
  const length = Math.ceil((n + 9) / 64) * 64;
  m[n] = 0x80;
  m.fill(0, n + 1, length - 8);
  const high = Math.floor(n / 0x20000000);
  const low = (n * 8) >>> 0;
  for (let i = 0; i < 4; i++) {
    m[length - 8 + i] = (high >>> (24 - 8 * i)) & 0xff;
    m[length - 4 + i] = (low >>> (24 - 8 * i)) & 0xff;
  }
  return length;
}

function digestHex(m: Uint8Array, n: number): string {
  h.set(INITIAL);
  compress(m, pad(m, n));
  let out = '';
  for (let i = 0; i < 8; i++) {
    const x = h[i]!;
    out += HEX[(x >>> 24) & 0xff]! + HEX[(x >>> 16) & 0xff]! + HEX[(x >>> 8) & 0xff]! + HEX[x & 0xff]!;
  }
  return out;
}

/** Room for n bytes and their padding in the reused buffer. */
function scratchFor(n: number): Uint8Array {
  const need = Math.ceil((n + 9) / 64) * 64;
  // A rare large text gets its own buffer rather than one kept for good.
  if (need > MAX_SCRATCH) return new Uint8Array(need);
  if (scratch.length < need) scratch = new Uint8Array(Math.min(MAX_SCRATCH, Math.max(need, scratch.length * 2)));
  return scratch;
}

/** SHA-256 of the bytes, as 64 lower-case hex digits. */
export function sha256HexSync(bytes: Uint8Array): string {
  const m = scratchFor(bytes.length);
  m.set(bytes);
  return digestHex(m, bytes.length);
}

/** SHA-256 of a text's UTF-8 bytes. */
export function sha256OfText(text: string): string {
  // Encoded straight into the reused buffer; UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const m = scratchFor(text.length * 3);
  const { written } = encoder.encodeInto(text, m);
  return digestHex(m, written);
}

// ---- Canonical JSON ----

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  // Plain JSON data (every change-log entry) is copied with sorted keys and given to JSON.stringify
  // once, without a replacer called per value: about twice as fast. Anything else (a Date, bytes, a
  // class instance, digit keys that JSON.stringify would order first) takes the general path. Both
  // give the same text: the chain's hashes depend on it.
  try {
    return JSON.stringify(sortedPlainCopy(value));
  } catch {
    // Not plain data (or a cycle): the general path gives JSON.stringify's text or its error.
    return generalCanonical(value);
  }
}

function generalCanonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}

/** Thrown by sortedPlainCopy when a value is not plain JSON data. */
const NOT_PLAIN = Symbol('not plain');

const byCodeUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The value with every object's keys in sorted order; parts already in order are reused, not
 * copied. Throws NOT_PLAIN for anything but plain objects, plain arrays and primitives.
 */
function sortedPlainCopy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw NOT_PLAIN;
    return v;
  }
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype || 'toJSON' in v) throw NOT_PLAIN;
    let copy: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const sorted = sortedPlainCopy(item);
      if (sorted !== item) (copy ??= v.slice())[i] = sorted;
    }
    return copy ?? v;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const record = v as Record<string, unknown>;
  if ('toJSON' in record) throw NOT_PLAIN;
  const keys = Object.keys(record);
  let inOrder = true;
  for (let i = 0; i < keys.length; i++) {
    // JSON.stringify writes integer-like keys first, whatever the order, and a copy could not hold
    // an own «__proto__»: the general path keeps both as they were.
    const c = keys[i]!.charCodeAt(0);
    if ((c >= 48 && c <= 57) || keys[i] === '__proto__') throw NOT_PLAIN;
    if (i > 0 && keys[i - 1]! > keys[i]!) inOrder = false;
  }
  let changed = !inOrder;
  const values = keys.map((key) => {
    const item = record[key];
    const sorted = sortedPlainCopy(item);
    if (sorted !== item) changed = true;
    return sorted;
  });
  if (!changed) return v;
  const order = keys.map((_, i) => i);
  if (!inOrder) order.sort((a, b) => byCodeUnit(keys[a]!, keys[b]!));
  const out: Record<string, unknown> = {};
  for (const i of order) out[keys[i]!] = values[i];
  return out;
}

// ---- The chain ----

/** What the hash covers: the entry as written, its id included (so renumbering shows). */
export interface ChainContent {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface ChainedEntry extends ChainContent {
  prevHash: string;
  hash: string;
}

export function entryHash(entry: ChainContent, prevHash: string): string {
  const { id, at, actor, entity, entityId, action, before, after } = entry;
  return sha256OfText(
    canonicalJson({ id, at, actor, entity, entityId, action, before, after, prevHash }),
  );
}

/** Chains entries given in id order from the start (schema migration, old backups). */
export function chainEntries<T extends ChainContent>(entries: readonly T[]): (T & ChainedEntry)[] {
  let prevHash = GENESIS_HASH;
  return entries.map((entry) => {
    const hash = entryHash(entry, prevHash);
    const chained = { ...entry, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

// ---- Redaction (personal data removed after retention: domain/retention.ts) ----

/** The action of the entry that records a removal of personal data and its commitments. */
export const REDACTION_ACTION = 'fjernet';

/**
 * What a redaction entry keeps for each log entry it redacted: the entry's original hash (which the
 * next entry's prevHash still points to) and the hash of its content after redaction. The redaction
 * entry is itself in the chain (and so under the anchor), so a redacted entry edited afterwards shows.
 */
export interface RedactionCommitment {
  id: number;
  hash: string;
  redactedHash: string;
}

export type RedactionCommitments = ReadonlyMap<number, RedactionCommitment>;

/** The commitments in the redaction entries among `entries`; a later one for the same id wins. */
export function redactionCommitments(
  entries: Iterable<{ action: string; after: unknown }>,
): Map<number, RedactionCommitment> {
  const out = new Map<number, RedactionCommitment>();
  for (const entry of entries) {
    if (entry.action !== REDACTION_ACTION) continue;
    const list = (entry.after as { commitments?: unknown } | null)?.commitments;
    if (!Array.isArray(list)) continue;
    for (const c of list as RedactionCommitment[]) {
      if (typeof c?.id === 'number' && typeof c.hash === 'string' && typeof c.redactedHash === 'string') out.set(c.id, c);
    }
  }
  return out;
}

export type ChainResult =
  | { ok: true; count: number }
  | { ok: false; brokenAtId: number; reason: string };

function missing(from: number, to: number): string {
  return from === to ? `Oppføring ${from} mangler` : `Oppføring ${from}–${to} mangler`;
}

/**
 * Checks entries fed one at a time in id order: ids run 1, 2, 3 … without gaps, every hash matches
 * its content, and every entry points to the hash of the one before. Returns the first break.
 */
export function createChainVerifier(commitments: RedactionCommitments = new Map()): {
  push: (entry: ChainedEntry) => ChainResult | null;
  result: () => ChainResult;
} {
  let count = 0;
  let last: ChainedEntry | undefined;
  let broken: ChainResult | null = null;

  function check(entry: ChainedEntry): ChainResult | null {
    const expectedId = (last?.id ?? 0) + 1;
    if (entry.id !== expectedId) {
      if (entry.id < expectedId) {
        return { ok: false, brokenAtId: entry.id, reason: `Oppføring ${entry.id} står i feil rekkefølge.` };
      }
      const jump = last
        ? `kjeden hopper fra ${last.id} til ${entry.id}`
        : `kjeden starter ved ${entry.id}`;
      return { ok: false, brokenAtId: expectedId, reason: `${missing(expectedId, entry.id - 1)}: ${jump}.` };
    }
    const redaction = commitments.get(entry.id);
    const contentHolds = redaction
      ? redaction.hash === entry.hash && entryHash(entry, entry.prevHash) === redaction.redactedHash
      : entryHash(entry, entry.prevHash) === entry.hash;
    if (!contentHolds) {
      return { ok: false, brokenAtId: entry.id, reason: `Oppføring ${entry.id} er endret etter at den ble skrevet.` };
    }
    if (entry.prevHash !== (last?.hash ?? GENESIS_HASH)) {
      const previous = last ? `oppføring ${last.id}` : 'starten av kjeden';
      return {
        ok: false,
        brokenAtId: entry.id,
        reason: `Oppføring ${entry.id} henger ikke sammen med ${previous}: en oppføring er byttet ut.`,
      };
    }
    return null;
  }

  return {
    push(entry) {
      if (broken) return broken;
      broken = check(entry);
      count++;
      last = entry;
      return broken;
    },
    result: () => broken ?? { ok: true, count },
  };
}

/** The whole check over a list in id order (its redaction entries included). */
export function verifyChain(entries: readonly ChainedEntry[]): ChainResult {
  const verifier = createChainVerifier(redactionCommitments(entries));
  for (const entry of entries) if (verifier.push(entry)) break;
  return verifier.result();
}
