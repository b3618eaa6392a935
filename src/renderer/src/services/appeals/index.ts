// Appeals (klager, R16): registration with the deadline check, the municipality's own review,
// forwarding to IMDi and IMDi's outcome.
export {
  computeAppealDeadline,
  correctAppealRegistration,
  recordLateConsideration,
  registerAppeal,
  type RegisterAppealInput,
} from './register-appeal';
export {
  IMDI_DECIDED_BY,
  forwardToImdi,
  recordImdiOutcome,
  recordPostponement,
  reverseOnOwnReview,
  upholdOnOwnReview,
  type ForwardInput,
  type NewDecisionInput,
} from './review-appeal';
export { appealCaseRecords, type AppealCaseRecords } from './case-file-records';
