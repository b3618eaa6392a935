// An appeal (klage, R16): the municipality reviews it first, then forwards it to IMDi.
// Rows from before schema v13 have only decisionId, receivedDate and withinDeadline of the
// registration fields; everything added since is optional so they keep parsing.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema } from './common';

export const appealReviewOutcomeSchema = z.enum(['opprettholdt', 'omgjort'], {
  error: 'Utfallet må være opprettholdt eller omgjort',
});
export type AppealReviewOutcome = z.infer<typeof appealReviewOutcomeSchema>;

/** IMDi's outcome: 'opprettholdt' is IMDi's «stadfestet»; 'opphevet' sends the case back. */
export const imdiAppealOutcomeSchema = z.enum(['opprettholdt', 'omgjort', 'opphevet'], {
  error: 'Utfallet må være stadfestet, omgjort eller opphevet',
});
export type ImdiAppealOutcome = z.infer<typeof imdiAppealOutcomeSchema>;

/** How the appeal came in (§ 32: an e-mail is accepted as the municipality decides). */
export const appealChannelSchema = z.enum(['brev', 'e-post', 'portal', 'levert'], {
  error: 'Velg hvordan klagen kom inn',
});
export type AppealChannel = z.infer<typeof appealChannelSchema>;

/** § 42: a request for postponement of implementation, and the municipality's answer. */
export const postponementAnswerSchema = z.enum(['innvilget', 'avslatt'], {
  error: 'Svaret må være innvilget eller avslått',
});
export type PostponementAnswer = z.infer<typeof postponementAnswerSchema>;

export const AppealSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  receivedDate: isoDateSchema,
  withinDeadline: z.boolean({ error: 'Oppgi om klagen kom inn innen fristen' }),
  /** Who appealed, e.g. the organisation or its lawyer. */
  appellant: optionalTextSchema('Hvem som klager', 200),
  /** The change asked for (§ 32). */
  request: optionalTextSchema('Hva klageren ber om', 2000),
  /** The appeal's own words, when it came as text (files are attachments). */
  text: optionalTextSchema('Klageteksten', 20_000),
  /** § 32: signed by the appellant (an e-mail from the party counts when the municipality accepts it). */
  signed: z.boolean({ error: 'Oppgi om klagen er underskrevet' }).optional(),
  channel: appealChannelSchema.optional(),
  /** § 30: the date it was posted or sent, when known; in time if before the deadline ends. */
  postedDate: isoDateSchema.optional(),
  /** The day the decision letter reached the party, when the officer knows it. */
  letterReceivedDate: isoDateSchema.optional(),
  /** The last day to appeal, computed at registration (R16, §§ 29–30). */
  deadlineDate: isoDateSchema.optional(),
  /** § 31: for a late appeal, whether it is considered all the same, and why. */
  lateConsidered: z.boolean().optional(),
  lateReason: optionalTextSchema('Begrunnelsen for § 31', 2000),
  ownReview: appealReviewOutcomeSchema.optional(),
  ownReviewDate: isoDateSchema.optional(),
  /** The municipality's comments to IMDi (or why it reversed). */
  ownReviewComment: optionalTextSchema('Kommunens merknader', 10_000),
  forwardedToImdiDate: isoDateSchema.optional(),
  forwardingLetterId: idSchema.optional(),
  imdiOutcome: imdiAppealOutcomeSchema.optional(),
  imdiOutcomeDate: isoDateSchema.optional(),
  imdiComment: optionalTextSchema('Merknaden om IMDis vedtak', 5000),
  /** The decision that replaced the appealed one (own reversal or IMDi's omgjøring). */
  newDecisionId: idSchema.optional(),
  postponementRequestedDate: isoDateSchema.optional(),
  postponementAnswer: postponementAnswerSchema.optional(),
  postponementAnswerDate: isoDateSchema.optional(),
  postponementNote: optionalTextSchema('Merknaden om utsatt iverksetting', 2000),
  comment: optionalTextSchema('Kommentaren', 5000),
});
export type Appeal = z.infer<typeof AppealSchema>;
