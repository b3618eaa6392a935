// Messages between the letters client and its worker. Inputs are plain data (structured clone);
// each PDF comes back as a transferred buffer, so nothing is copied twice.
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

export interface RenderRequest {
  type: 'render';
  jobs: LetterJob[];
}

export type RenderResponse =
  | { type: 'letter'; key: string; index: number; bytes: Uint8Array }
  | { type: 'done' }
  | { type: 'error'; key?: string; message: string };
