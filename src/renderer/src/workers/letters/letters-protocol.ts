// Messages between the letters client's pool and its workers. Inputs are plain data (structured
// clone); each PDF comes back as a transferred buffer, so nothing is copied twice. Each request is
// one letter, numbered, so results can come back from several workers in any order.
import type { DecisionLetterInput } from '@renderer/documents/pdf/decision-letter';
import type { LetterTexts } from '@renderer/documents/pdf/letter-texts';

export interface LetterJob {
  /** The caller's key for the letter, usually the decision id. */
  key: string;
  /**
   * The texts are required here, though the builder falls back to the standard ones: every letter
   * the program makes must carry the municipality's own texts for the chosen language.
   */
  input: DecisionLetterInput & { texts: LetterTexts };
}

export interface PoolRequest<J> {
  type: 'render';
  index: number;
  job: J;
}

export type RenderRequest = PoolRequest<LetterJob>;

export type PoolResponse =
  | { type: 'letter'; index: number; bytes: Uint8Array }
  | { type: 'error'; index: number; message: string };

export type RenderResponse = PoolResponse;
