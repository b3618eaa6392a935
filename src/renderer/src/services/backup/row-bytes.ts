// Rows <-> lines of a chunk: binary values (letters' PDFs, attachments) leave the JSON and go to the
// chunk's .bin entry; the row keeps { "$bytes": [offset, length] } pointing into it.
const BYTES_KEY = '$bytes';

/** Collects a chunk's binary values into one list of parts, with running offsets. */
export class BinarySink {
  readonly parts: Uint8Array[] = [];
  size = 0;

  add(bytes: Uint8Array): [number, number] {
    const ref: [number, number] = [this.size, bytes.byteLength];
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    return ref;
  }

  join(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }
}

/** Whether a stored value holds bytes anywhere (most rows do not: they need no copy). */
function holdsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (Array.isArray(value)) return value.some(holdsBytes);
  if (value && typeof value === 'object') {
    for (const key in value) if (holdsBytes((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** One line of a chunk: the row as JSON, its bytes moved into `sink`. */
export function toChunkLine(row: unknown, sink: BinarySink): string {
  return JSON.stringify(holdsBytes(row) ? toChunkValue(row, sink) : row);
}

/** The stored value back from one line; the walk for bytes only where the line refers to any. */
export function fromChunkLine(line: string, bin: Uint8Array): unknown {
  const parsed: unknown = JSON.parse(line);
  return line.includes(`"${BYTES_KEY}"`) ? fromChunkValue(parsed, bin) : parsed;
}

/** A JSON-ready copy of a stored value, its bytes moved into `sink`. */
export function toChunkValue(value: unknown, sink: BinarySink): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: sink.add(value) };
  if (Array.isArray(value)) return value.map((v) => toChunkValue(v, sink));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toChunkValue(v, sink);
    return out;
  }
  return value;
}

export class BadBytesReference extends Error {}

function isBytesRef(value: object): value is { [BYTES_KEY]: [number, number] } {
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== BYTES_KEY) return false;
  const ref = (value as Record<string, unknown>)[BYTES_KEY];
  return Array.isArray(ref) && ref.length === 2 && ref.every((n) => Number.isInteger(n) && n >= 0);
}

/** The stored value back from a parsed line; its bytes are copied out of the chunk's .bin entry. */
export function fromChunkValue(value: unknown, bin: Uint8Array): unknown {
  if (Array.isArray(value)) return value.map((v) => fromChunkValue(v, bin));
  if (value && typeof value === 'object') {
    if (isBytesRef(value)) {
      const [offset, length] = value[BYTES_KEY];
      if (offset + length > bin.byteLength) throw new BadBytesReference();
      return bin.slice(offset, offset + length);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromChunkValue(v, bin);
    return out;
  }
  return value;
}
