// The grantee's acceptance of the conditions (aksept av vilkår, R11): payment waits for it. One row
// per decision: accepted (when and how it came), or lapsed (bortfalt) when it never came.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema } from './common';

export const acceptanceChannelSchema = z.enum(['e-post', 'brev', 'portal'], {
  error: 'Velg hvordan aksepten kom: e-post, brev eller portal',
});
export type AcceptanceChannel = z.infer<typeof acceptanceChannelSchema>;

export const acceptanceStatusSchema = z.enum(['akseptert', 'bortfalt'], {
  error: 'Status må være akseptert eller bortfalt',
});
export type AcceptanceStatus = z.infer<typeof acceptanceStatusSchema>;

export const AcceptanceFieldsSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  status: acceptanceStatusSchema,
  /** The day the acceptance reached the municipality (status akseptert). */
  receivedDate: isoDateSchema.optional(),
  channel: acceptanceChannelSchema.optional(),
  /** The day the officer recorded that the grant lapsed (status bortfalt). */
  lapsedDate: isoDateSchema.optional(),
  note: optionalTextSchema('Merknaden', 2000),
});

export const AcceptanceSchema = AcceptanceFieldsSchema.superRefine((a, ctx) => {
  if (a.status === 'akseptert') {
    if (!a.receivedDate) ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'Oppgi datoen aksepten kom' });
    if (!a.channel) ctx.addIssue({ code: 'custom', path: ['channel'], message: 'Velg hvordan aksepten kom: e-post, brev eller portal' });
  }
  if (a.status === 'bortfalt' && !a.lapsedDate) {
    ctx.addIssue({ code: 'custom', path: ['lapsedDate'], message: 'Oppgi datoen tilskuddet falt bort' });
  }
});
export type Acceptance = z.infer<typeof AcceptanceSchema>;
