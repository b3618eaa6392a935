// A letter without its PDF bytes: what lists show (made, sent, which language, its checksum).
// Kept in a slim table of its own (schema v14) so the decision list and Utbetalinger never
// read, or wait for, megabytes of PDFs.
import type { Letter } from './letter';

export type LetterHead = Pick<Letter, 'id' | 'decisionId' | 'createdAt' | 'sentDate' | 'language' | 'sha256' | 'kind'>;

/** The head of a stored letter; an absent sentDate stays absent (not `undefined`), as in the letter. */
export function letterHeadOf(letter: Letter): LetterHead {
  const { id, decisionId, createdAt, sentDate, language, sha256, kind } = letter;
  return sentDate === undefined
    ? { id, decisionId, createdAt, language, sha256, kind }
    : { id, decisionId, createdAt, sentDate, language, sha256, kind };
}
