// What every letter PDF carries for archiving: PDF/A-2b on PDF 1.7, tagged, Norwegian language.
// Fonts are embedded by pdfmake (Roboto), which PDF/A requires.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export const ARCHIVAL_OPTIONS = {
  subset: 'PDF/A-2b',
  version: '1.7',
  tagged: true,
  language: 'nb-NO',
} as const satisfies Partial<TDocumentDefinitions>;

/** BCP 47 tag of a letter language: nynorsk letters say so in the PDF. */
export function pdfLanguage(language: 'nb' | 'nn'): string {
  return language === 'nn' ? 'nn-NO' : 'nb-NO';
}
