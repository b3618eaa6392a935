// The standard letter texts per written language; a municipality's edited copy can replace them.
import type { LetterLanguage } from '@renderer/domain/settings';
import { LETTER_TEXTS_NB } from './nb';
import { LETTER_TEXTS_NN } from './nn';
import type { LetterTexts } from './types';

export type { LetterTexts, Section } from './types';

export const DEFAULT_LETTER_TEXTS: Record<LetterLanguage, LetterTexts> = {
  nb: LETTER_TEXTS_NB,
  nn: LETTER_TEXTS_NN,
};
