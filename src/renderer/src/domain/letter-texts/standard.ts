// The standard letter texts per written language; a municipality's edits are merged over them.
import type { LetterLanguage } from '../settings';
import { LETTER_TEXTS_NB } from './nb';
import { LETTER_TEXTS_NN } from './nn';
import type { LetterTexts } from './types';

export const DEFAULT_LETTER_TEXTS: Record<LetterLanguage, LetterTexts> = {
  nb: LETTER_TEXTS_NB,
  nn: LETTER_TEXTS_NN,
};
