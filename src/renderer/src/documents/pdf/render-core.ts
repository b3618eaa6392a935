// Rendering shared by the Node and browser variants: the archival options are always applied, and
// the result is a plain Uint8Array (pdfmake hands back a Node Buffer or its browser polyfill).
// Before the document is finished, its XMP metadata is completed for PDF/A: the document language
// (dc:language), text escaped as XML, and one correct /Length (pdfkit adds a stray lowercase
// `length` counting characters, not bytes).
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { ARCHIVAL_OPTIONS } from './archival';
import { shareParsedFonts } from './font-cache';
import { fastStreamWrites } from './stream-writes';

/** The part of pdfkit's document the metadata step uses. */
interface PdfKitDocLike {
  info: Record<string, unknown>;
  metadata: { end(): void; getXML(): string };
  /** A PDFReference, the class of every object pdfkit writes. */
  _root: { data: Record<string, unknown> };
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
  ref(data: Record<string, unknown>): { compress: boolean; write(chunk: string): void; end(): void };
  endMetadata(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (e: unknown) => void): void;
  end(): void;
}

/** The part of a pdfmake instance rendering needs; the Node and browser builds both have it. */
export interface PdfMakeLike {
  createPdf(doc: TDocumentDefinitions): { getStream(): Promise<unknown> };
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** UTF-8 bytes as a "binary" string (one char per byte), the form pdfkit writes unchanged. */
function utf8Binary(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

function completeMetadata(doc: PdfKitDocLike, language: string): void {
  doc.endMetadata = function endMetadata(this: PdfKitDocLike) {
    // The Info dictionary is written by now; the XMP copy gets the same values, escaped.
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer', 'Keywords']) {
      if (typeof this.info[key] === 'string') this.info[key] = xmlEscape(this.info[key]);
    }
    this._addInfo();
    this.appendXML(
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${xmlEscape(language)}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
    );
    this.metadata.end();
    const ref = this.ref({ Type: 'Metadata', Subtype: 'XML' });
    ref.compress = false; // PDF/A: XMP stays readable
    ref.write(utf8Binary(this.metadata.getXML()));
    ref.end();
    this._root.data.Metadata = ref;
  };
}

function collect(doc: PdfKitDocLike): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      resolve(out);
    });
    doc.end();
  });
}

export interface RenderOptions {
  /** Keep parsed fonts for the next documents (font-cache.ts); on unless a test compares without. */
  shareFonts?: boolean;
  /** Write and deflate streams the faster way (stream-writes.ts); on unless a test compares without. */
  fastWrites?: boolean;
}

/** pdfkit's document and reference classes of one pdfmake, found on a blank document. */
const classesOf = new WeakMap<PdfMakeLike, Promise<{ document: object; reference: object }>>();

function pdfkitClasses(pdfmake: PdfMakeLike): Promise<{ document: object; reference: object }> {
  let found = classesOf.get(pdfmake);
  if (!found) {
    // pdfmake lays out and draws a document before handing it over, so the hooks are found on a
    // blank one first: every real document is then made the same way, the first one too.
    found = Promise.resolve(pdfmake.createPdf({ content: '' }).getStream()).then((blank) => {
      const doc = blank as PdfKitDocLike;
      return { document: Object.getPrototypeOf(doc) as object, reference: Object.getPrototypeOf(doc._root) as object };
    });
    found.catch(() => classesOf.delete(pdfmake)); // the next document tries again
    classesOf.set(pdfmake, found);
  }
  return found;
}

export async function renderWith(pdfmake: PdfMakeLike, doc: TDocumentDefinitions, options: RenderOptions = {}): Promise<Uint8Array> {
  if (options.shareFonts !== false || options.fastWrites !== false) {
    const classes = await pdfkitClasses(pdfmake);
    if (options.shareFonts !== false) shareParsedFonts(classes.document);
    if (options.fastWrites !== false) fastStreamWrites(classes.reference);
  }
  // pdfmake fills defaults into the definition it gets, so it gets a copy.
  const language = doc.language ?? ARCHIVAL_OPTIONS.language;
  const definition: TDocumentDefinitions = { ...doc, ...ARCHIVAL_OPTIONS, language };
  const pdfkitDoc = (await pdfmake.createPdf(definition).getStream()) as PdfKitDocLike;
  completeMetadata(pdfkitDoc, language);
  return collect(pdfkitDoc);
}
