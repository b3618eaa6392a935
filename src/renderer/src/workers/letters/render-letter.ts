// One letter from input to PDF bytes; shared by the worker and the main-thread fallback.
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-browser';
import type { LetterJob } from './letters-protocol';

export function renderLetter(job: LetterJob): Promise<Uint8Array> {
  return renderPdf(buildDecisionLetter(job.input));
}
