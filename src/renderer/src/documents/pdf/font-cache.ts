// Keeps parsed fonts across documents. pdfmake gives every document its own pdfkit document, and
// pdfkit parses each font file again (fontkit) and shapes every word again. Here pdfmake's own
// per-document font hook, PDFDocument.provideFont, is wrapped on the document class: the first
// document's parsed fontkit font and its cache of shaped words are handed to every later document
// that asks for the same font file. Each document still gets its own pdfkit EmbeddedFont (its own
// subset, widths and ids), so what is written into each PDF is exactly what it was without the
// cache; the test font-cache.test.ts renders the same letters both ways and compares the bytes, and
// fails if a pdfmake upgrade removes or changes the hook.
//
// A letter's font subset often holds the same glyphs, in the same order, as an earlier letter's
// (the bold headings, the italic notes): the encoded subset of such a list is kept and handed out
// again instead of encoding the same font file anew (fontkit's Subset.encode, a tenth of a letter).
//
// The hook is found on the prototype of a document pdfmake made (render-core.ts passes it), so no
// pdfmake internals are imported or patched on disk.

/** fontkit's Subset: the glyph ids in the order they were first used, and the encoder. */
interface SubsetLike {
  glyphs: number[];
  encode(): unknown;
}

/** pdfkit's EmbeddedFont: the parts that depend only on the font file. */
interface EmbeddedFontLike {
  font: { createSubset(): unknown };
  subset: unknown;
  layoutCache?: Record<string, unknown>;
}

/** pdfmake's PDFDocument: the methods the wrapper calls and replaces. */
interface FontProviderLike {
  provideFont(familyName: string, bold: boolean, italics: boolean): unknown;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(familyName: string, bold: boolean, italics: boolean): unknown;
  fontCache?: Record<string, Record<string, unknown>>;
}

interface SharedFont {
  font: EmbeddedFontLike['font'];
  layoutCache: EmbeddedFontLike['layoutCache'];
  uses: number;
  /** Encoded subsets by their glyph list. */
  encoded: Map<string, unknown>;
}

export interface FontSharing {
  /** False when this pdfmake has no hook to wrap: letters render as before, only slower. */
  readonly supported: boolean;
  /** Fonts handed on from an earlier document / parsed afresh. */
  readonly hits: number;
  readonly misses: number;
  /** Font subsets handed out again / encoded afresh. */
  readonly subsetsReused: number;
  readonly subsetsEncoded: number;
  /** Puts pdfmake's own provideFont back (tests). */
  uninstall(): void;
}

/** After this many documents a font is parsed afresh, so the cache of shaped words stays bounded. */
const MAX_USES = 500;
/** Encoded subsets kept per font (each some 10–30 kB). */
const MAX_SUBSETS = 32;

const installed = new WeakMap<object, FontSharing>();

function isFontProvider(proto: object): proto is FontProviderLike {
  const p = proto as Partial<FontProviderLike>;
  return typeof p.provideFont === 'function' && typeof p.getFontType === 'function' && typeof p.getFontFile === 'function';
}

function isSubset(value: unknown): value is SubsetLike {
  const subset = value as Partial<SubsetLike> | null;
  return Array.isArray(subset?.glyphs) && typeof subset.encode === 'function';
}

/** The same glyph list encodes to the same bytes: encode it once, hand the bytes out after. */
function reuseEncodedSubsets(subset: unknown, encoded: Map<string, unknown>, stats: { subsetsReused: number; subsetsEncoded: number }): void {
  if (!isSubset(subset)) return;
  const encode = subset.encode;
  subset.encode = function encodeOnce(this: SubsetLike) {
    // Before encoding: fontkit adds the parts of composite glyphs to the list while it encodes.
    const key = this.glyphs.join(',');
    if (encoded.has(key)) {
      stats.subsetsReused++;
      return encoded.get(key);
    }
    stats.subsetsEncoded++;
    const bytes = encode.call(this);
    encoded.set(key, bytes);
    if (encoded.size > MAX_SUBSETS) encoded.delete(encoded.keys().next().value!);
    return bytes;
  };
}

function isEmbeddedFont(value: unknown): value is EmbeddedFontLike {
  const font = (value as Partial<EmbeddedFontLike> | null)?.font;
  return typeof font?.createSubset === 'function' && 'subset' in (value as object);
}

/** Installs the shared font cache on the class of `documentPrototype` (once; later calls return it). */
export function shareParsedFonts(documentPrototype: object): FontSharing {
  const known = installed.get(documentPrototype);
  if (known) return known;
  if (!isFontProvider(documentPrototype)) {
    const inert: FontSharing = { supported: false, hits: 0, misses: 0, subsetsReused: 0, subsetsEncoded: 0, uninstall: () => installed.delete(documentPrototype) };
    installed.set(documentPrototype, inert);
    return inert;
  }
  const proto = documentPrototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'provideFont');
  const provideFont = proto.provideFont;
  const shared = new Map<string, SharedFont>();
  const stats = { hits: 0, misses: 0, subsetsReused: 0, subsetsEncoded: 0 };

  proto.provideFont = function provideSharedFont(this: FontProviderLike, familyName: string, bold: boolean, italics: boolean) {
    const type = this.getFontType(bold, italics);
    const already = this.fontCache?.[familyName]?.[type];
    const embedded = provideFont.call(this, familyName, bold, italics);
    // Asked before in this document, or not the shape we know: pdfmake's answer as it is.
    if (already || !isEmbeddedFont(embedded)) return embedded;
    const key = JSON.stringify([familyName, type, this.getFontFile(familyName, bold, italics)]);
    const known = shared.get(key);
    if (known && known.uses < MAX_USES) {
      known.uses++;
      stats.hits++;
      embedded.font = known.font;
      embedded.subset = known.font.createSubset();
      if (embedded.layoutCache && known.layoutCache) embedded.layoutCache = known.layoutCache;
      reuseEncodedSubsets(embedded.subset, known.encoded, stats);
    } else {
      stats.misses++;
      const fresh: SharedFont = { font: embedded.font, layoutCache: embedded.layoutCache, uses: 1, encoded: new Map() };
      shared.set(key, fresh);
      reuseEncodedSubsets(embedded.subset, fresh.encoded, stats);
    }
    return embedded;
  };

  const sharing: FontSharing = {
    supported: true,
    get hits() {
      return stats.hits;
    },
    get misses() {
      return stats.misses;
    },
    get subsetsReused() {
      return stats.subsetsReused;
    },
    get subsetsEncoded() {
      return stats.subsetsEncoded;
    },
    uninstall() {
      if (original) Object.defineProperty(proto, 'provideFont', original);
      else delete (proto as Partial<FontProviderLike>).provideFont;
      installed.delete(proto);
    },
  };
  installed.set(proto, sharing);
  return sharing;
}
