// The letter texts live in the domain (a municipality edits them in Innstillinger); the PDF
// builder reads them from here.
export { DEFAULT_LETTER_TEXTS } from '@renderer/domain/letter-texts/standard';
export type { LetterTexts, Section } from '@renderer/domain/letter-texts/types';
