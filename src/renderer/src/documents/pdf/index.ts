// Letters as pdfmake documents. Rendering lives apart: render-browser.ts in the app (lazy),
// render-node.ts in tests and scripts.
export { buildDecisionLetter, type DecisionLetterInput } from './decision-letter';
export { DEFAULT_LETTER_TEXTS, type LetterTexts } from './letter-texts';
export { ARCHIVAL_OPTIONS } from './archival';
export { sha256Hex } from '@renderer/domain/decisions/sha256';
