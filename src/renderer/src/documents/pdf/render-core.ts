// Rendering shared by the Node and browser variants: the archival options are always applied, and
// the result is a plain Uint8Array (pdfmake hands back a Node Buffer or its browser polyfill).
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { ARCHIVAL_OPTIONS } from './archival';

/** The part of a pdfmake instance rendering needs; the Node and browser builds both have it. */
export interface PdfMakeLike {
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

export async function renderWith(pdfmake: PdfMakeLike, doc: TDocumentDefinitions): Promise<Uint8Array> {
  // pdfmake fills defaults into the definition it gets, so it gets a copy.
  const definition: TDocumentDefinitions = { ...doc, ...ARCHIVAL_OPTIONS, language: doc.language ?? ARCHIVAL_OPTIONS.language };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}
