// What every letter PDF carries for archiving: PDF/A-2b on PDF 1.7, Norwegian language (also in the
// XMP, see render-core.ts). Fonts are embedded by pdfmake (Roboto), which PDF/A requires.
// Not tagged: pdfmake 0.3 writes no structure tree (headings, paragraphs, reading order), and a
// "Tagged" flag over an empty tree tells a screen reader something that is not true.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export const ARCHIVAL_OPTIONS = {
  subset: 'PDF/A-2b',
  version: '1.7',
  tagged: false,
  language: 'nb-NO',
} as const satisfies Partial<TDocumentDefinitions>;

/** BCP 47 tag of a letter language: nynorsk letters say so in the PDF. */
export function pdfLanguage(language: 'nb' | 'nn'): string {
  return language === 'nn' ? 'nn-NO' : 'nb-NO';
}
