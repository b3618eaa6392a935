// The decision form's values. Only the shape is checked here; the rules (amount against the
// outcome and the frame, reasons when not granted in full) come from the service, at the field.
import { z } from 'zod';
import { decisionOutcomeSchema, type Decision } from '@renderer/domain/decision';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formText } from '@renderer/i18n/form';

export const decisionFormSchema = z.object({
  outcome: decisionOutcomeSchema.optional().refine((v) => v !== undefined, { error: t.outcomeRequired }),
  amountGrantedOre: z.number({ error: formText.notAnAmount }).refine(Number.isFinite, { error: formText.notAnAmount }).optional(),
  justification: z.string(),
  justificationNn: z.string(),
  conditions: z.string(),
  /** Øre per sub-goal; the service checks that it adds up to the amount granted. */
  subGoalSplitOre: z
    .object({
      A: z.number({ error: formText.notAnAmount }).optional(),
      B: z.number({ error: formText.notAnAmount }).optional(),
      C: z.number({ error: formText.notAnAmount }).optional(),
    })
    .optional(),
});

export type DecisionFormValues = z.input<typeof decisionFormSchema>;

export function formValuesOf(decision: Decision | undefined): DecisionFormValues {
  return {
    outcome: decision?.outcome,
    amountGrantedOre: decision?.amountGrantedOre,
    justification: decision?.justification ?? '',
    justificationNn: decision?.justificationNn ?? '',
    conditions: decision?.conditions ?? '',
    subGoalSplitOre: decision?.subGoalSplitOre,
  };
}
