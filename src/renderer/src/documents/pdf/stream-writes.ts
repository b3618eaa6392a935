// Faster stream writing for pdfkit, the library under pdfmake. A letter's pages are mostly drawing
// operators, about 200 bytes per word, and pdfkit's PDFReference.write makes each operator its own
// small Buffer (the Buffer polyfill in the browser, slow to allocate), then joins them and deflates
// the stream with pako at level 6. A CPU profile of a letter worker shows both: about a tenth of a
// letter in those small Buffers, a fifth in deflate. Wrapping the two public methods of pdfkit's
// PDFReference, write and finalize, this module
//  - keeps written text as strings and hands the stream to pdfkit's own write as one Uint8Array, so
//    the bytes, the stream's /Length and /Filter are what pdfkit makes of them;
//  - deflates with fflate at level 3 (≈ a quarter less CPU than pako at 6, a few per cent larger),
//    and reuses the deflated bytes of a stream seen before (the sRGB profile every PDF/A carries,
//    a font subset or ToUnicode map that came out the same as in an earlier letter).
// The PDFs stay valid PDF/A with the same text and drawing; stream-writes.test.ts renders letters
// with and without the wrapper and compares them, and fails if a pdfkit upgrade removes the hooks.
import { zlibSync } from 'fflate';

/** pdfkit's PDFReference: what the wrapper reads and replaces. */
interface ReferenceLike {
  compress: boolean;
  buffer: Uint8Array[] | Uint8Array;
  write(chunk: unknown): void;
  finalize(): void;
}

export interface StreamWrites {
  /** False when this pdfkit has no hooks to wrap: PDFs are written as before, only slower. */
  readonly supported: boolean;
  /** Deflated streams reused from an earlier one / deflated afresh. */
  readonly reused: number;
  readonly deflated: number;
  /** Puts pdfkit's own methods back (tests). */
  uninstall(): void;
}

/** fflate's level 3: content streams are repetitive operators, higher levels gain little. */
const LEVEL = 3;
/** Deflated streams kept for reuse, newest last; a letter has about a dozen streams. */
const KEEP = 48;
/** Shorter streams are deflated every time: comparing them saves nothing. */
const MIN_REUSE = 256;

const TEXT = Symbol('pendingText');
const EMPTY = new Uint8Array(0);
type Pending = ReferenceLike & { [TEXT]?: string[] };

const installed = new WeakMap<object, StreamWrites>();

function isReference(proto: object): proto is ReferenceLike {
  const p = proto as Partial<ReferenceLike>;
  return typeof p.write === 'function' && typeof p.finalize === 'function';
}

/** Text as pdfkit's write stores it: one byte per character ("binary"). */
function binaryBytes(parts: string[]): Uint8Array {
  const text = parts.join('');
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Installs the faster writes on the class of `referencePrototype` (once; later calls return it). */
export function fastStreamWrites(referencePrototype: object): StreamWrites {
  const known = installed.get(referencePrototype);
  if (known) return known;
  if (!isReference(referencePrototype)) {
    const inert: StreamWrites = { supported: false, reused: 0, deflated: 0, uninstall: () => installed.delete(referencePrototype) };
    installed.set(referencePrototype, inert);
    return inert;
  }
  const proto = referencePrototype;
  const originals = {
    write: Object.getOwnPropertyDescriptor(proto, 'write'),
    finalize: Object.getOwnPropertyDescriptor(proto, 'finalize'),
  };
  const write = proto.write;
  const finalize = proto.finalize;
  const kept: { raw: Uint8Array; deflated: Uint8Array }[] = [];
  const stats = { reused: 0, deflated: 0 };

  const flushText = (ref: Pending) => {
    const parts = ref[TEXT];
    if (!parts?.length) return;
    ref[TEXT] = [];
    write.call(ref, binaryBytes(parts));
  };

  const deflate = (raw: Uint8Array): Uint8Array => {
    if (raw.byteLength >= MIN_REUSE) {
      const at = kept.findIndex((k) => sameBytes(k.raw, raw));
      if (at >= 0) {
        const [hit] = kept.splice(at, 1);
        kept.push(hit!);
        stats.reused++;
        return hit!.deflated;
      }
    }
    stats.deflated++;
    const deflated = zlibSync(raw, { level: LEVEL });
    if (raw.byteLength >= MIN_REUSE) {
      // A copy: the caller's bytes may be a view that pdfkit reuses.
      kept.push({ raw: raw.slice(), deflated });
      if (kept.length > KEEP) kept.shift();
    }
    return deflated;
  };

  proto.write = function writeBatched(this: Pending, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flushText(this);
      write.call(this, chunk);
      return;
    }
    const parts = (this[TEXT] ??= []);
    // The first text since the last flush: an empty chunk through pdfkit's write, so the stream's
    // /Length and /Filter keys come into its dictionary where they did before.
    if (parts.length === 0) write.call(this, EMPTY);
    // As pdfkit's own write: the chunk as it converts, and a line break.
    parts.push((chunk as string) + '\n');
  };

  proto.finalize = function finalizeFast(this: Pending) {
    flushText(this);
    if (this.compress && Array.isArray(this.buffer) && this.buffer.length > 0) {
      // pdfkit set /Filter when the chunks were written; the stream goes in deflated already.
      this.buffer = [deflate(concat(this.buffer))];
      this.compress = false;
    }
    finalize.call(this);
  };

  const writes: StreamWrites = {
    supported: true,
    get reused() {
      return stats.reused;
    },
    get deflated() {
      return stats.deflated;
    },
    uninstall() {
      for (const [name, descriptor] of Object.entries(originals)) {
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else delete (proto as Partial<ReferenceLike>)[name as keyof ReferenceLike];
      }
      installed.delete(proto);
    },
  };
  installed.set(proto, writes);
  return writes;
}
