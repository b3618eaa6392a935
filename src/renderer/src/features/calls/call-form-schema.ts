// What the call form checks before the service sees it. Amounts are øre (MoneyField), with
// "must be filled in" messages for blanks instead of zod's generic "must be a number".
import { z } from 'zod';
import { optionalTextSchema, requiredTextSchema, isRealIsoDate } from '@renderer/domain/common';
import { subGoalSchema } from '@renderer/domain/call';
import { callsText } from '@renderer/i18n/calls';
import { formText } from '@renderer/i18n/form';

const amount = (requiredMessage: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? requiredMessage : formText.notAnAmount) })
    .int({ error: formText.notAnAmount })
    .nonnegative({ error: 'Beløpet kan ikke være negativt' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'Beløpet er for stort' });

const optionalAmount = amount(formText.notAnAmount).optional();

const date = (requiredMessage: string) =>
  z
    .string({ error: requiredMessage })
    .min(1, { error: requiredMessage })
    .refine(isRealIsoDate, { error: 'Ugyldig dato' });

const wholeNumber = (requiredMessage: string) =>
  z.number({ error: (issue) => (issue.input === undefined ? requiredMessage : formText.notANumber) });

export const CallFormSchema = z
  .object({
    year: wholeNumber(callsText.yearRequired)
      .int({ error: formText.notANumber })
      .min(2000, { error: 'Året må være 2000 eller senere' })
      .max(2100, { error: 'Året må være 2100 eller tidligere' }),
    title: requiredTextSchema('Tittelen', 200),
    archiveCaseNumber: optionalTextSchema('Saksnummeret i arkivet', 50),
    deadline: date(callsText.deadlineRequired),
    budgetFrameOre: amount(callsText.frameRequired),
    subGoalFramesOre: z.object({ A: optionalAmount, B: optionalAmount, C: optionalAmount }),
    prioritisedSubGoal: subGoalSchema.optional(),
    rules: z.object({
      projectMaxOre: amount(callsText.amountRequired),
      singleMeasureMinOre: amount(callsText.amountRequired),
      splitPaymentThresholdOre: amount(callsText.amountRequired),
      auditThresholdOre: amount(callsText.amountRequired),
      appealDeadlineWeeks: wholeNumber(callsText.weeksRequired)
        .int({ error: formText.notANumber })
        .min(1, { error: 'Klagefristen må være minst 1 uke' })
        .max(52, { error: 'Klagefristen kan være høyst 52 uker' }),
      appealPostDays: z
        .number({ error: formText.notANumber })
        .int({ error: formText.notANumber })
        .min(0, { error: 'Postgangen kan ikke være negativ' })
        .max(30, { error: 'Postgangen kan være høyst 30 dager' })
        .optional(),
      reportDueDate: date(callsText.reportDueRequired),
      singleMeasureMaxOre: optionalAmount,
      maxApplicationsPerOrganisation: z
        .number({ error: formText.notANumber })
        .int({ error: formText.notANumber })
        .min(1, { error: 'Må være minst 1' })
        .optional(),
    }),
  })
  .superRefine((values, ctx) => {
    // The same check the service makes, here so the message lands at the sub-goal frames at once.
    const frames = values.subGoalFramesOre;
    const sum = (frames.A ?? 0) + (frames.B ?? 0) + (frames.C ?? 0);
    if (sum > values.budgetFrameOre) {
      ctx.addIssue({ code: 'custom', path: ['subGoalFramesOre'], message: callsText.subGoalFramesTooBig });
    }
  });

export type CallFormValues = z.infer<typeof CallFormSchema>;

/** Form fields a service ValidationError may name (see applyServiceErrors). */
export const CALL_FORM_FIELDS = [
  'year',
  'title',
  'deadline',
  'budgetFrameOre',
  'subGoalFramesOre',
  'prioritisedSubGoal',
  'rules.projectMaxOre',
  'rules.singleMeasureMinOre',
  'rules.splitPaymentThresholdOre',
  'rules.auditThresholdOre',
  'rules.appealDeadlineWeeks',
  'rules.appealPostDays',
  'rules.reportDueDate',
  'rules.singleMeasureMaxOre',
  'rules.maxApplicationsPerOrganisation',
] as const;
