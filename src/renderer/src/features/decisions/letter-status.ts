// The rule lives in the domain (the overview counts by it too); the decisions pages import it here.
export { letterHead, letterStatus, needsLetter, type LetterHead, type LetterStatus } from '@renderer/domain/decisions/letter-status';
