// What the application form holds and how it becomes the service's input. Money fields hold øre
// (MoneyField converts the kroner typed); blank dates are "" in the form and undefined after.
import { z } from 'zod';
import {
  applicationKindSchema,
  budgetCategorySchema,
  locationSchema,
  targetGroupSchema,
  type Application,
} from '@renderer/domain/application';
import { subGoalSchema } from '@renderer/domain/call';
import { isRealIsoDate, optionalTextSchema, requiredTextSchema } from '@renderer/domain/common';
import { todayInOslo } from '@renderer/domain/oslo-date';
import type { ApplicationInput } from '@renderer/services/applications';
import { formText as sharedText } from '@renderer/i18n/form';
import { formText } from '@renderer/i18n/applications';

function amount(missing: string) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? missing : sharedText.notAnAmount) })
    .int({ error: sharedText.notAnAmount })
    .nonnegative({ error: 'Beløpet kan ikke være negativt' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'Beløpet er for stort' });
}

const optionalDate = z
  .string()
  .refine((v) => v === '' || isRealIsoDate(v), { error: formText.dateInvalid });

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

export const ApplicationFormSchema = z
  .object({
    callId: z.string().min(1, { error: formText.callMissing }),
    organisationId: z.string().min(1, { error: formText.organisationMissing }),
    title: requiredTextSchema('Tittelen', 300),
    description: z.string().trim().max(20_000, { error: 'Beskrivelsen kan ha høyst 20 000 tegn' }),
    kind: applicationKindSchema.optional().refine((v) => v !== undefined, { error: formText.kindMissing }),
    subGoals: z.array(subGoalSchema).min(1, { error: formText.subGoalsMissing }),
    targetGroups: z.array(targetGroupSchema),
    amountAppliedOre: amount(formText.amountAppliedMissing),
    totalBudgetOre: amount('').optional(),
    budgetLines: z.array(
      z.object({
        category: budgetCategorySchema,
        description: z.string().trim().max(500, { error: 'Beskrivelsen kan ha høyst 500 tegn' }),
        amountOre: amount(formText.budgetLineMissingAmount),
      }),
    ),
    periodFrom: optionalDate,
    periodTo: optionalDate,
    location: locationSchema,
    imdiSameActivity: z.boolean(),
    receptionCentre: z.boolean(),
    receptionCentreContact: optionalTextSchema('Kontaktpersonen på mottaket', 200),
    volunteersInvolved: z
      .number({ error: sharedText.notANumber })
      .int({ error: sharedText.notANumber })
      .nonnegative({ error: 'Antall frivillige kan ikke være negativt' })
      .optional(),
    partners: optionalTextSchema('Samarbeidspartnere', 2000),
    receivedDate: z
      .string()
      .min(1, { error: formText.receivedDateMissing })
      .refine(isRealIsoDate, { error: formText.dateInvalid }),
  })
  // `when`: check the period even while other fields are still wrong, so all messages show at once.
  .refine((v) => !(v.periodFrom && v.periodTo && v.periodTo < v.periodFrom), {
    error: formText.periodOrder,
    path: ['periodTo'],
    when: (payload) => payload.issues.every((i) => i.path?.[0] !== 'periodFrom' && i.path?.[0] !== 'periodTo'),
  });

export type ApplicationFormValues = z.input<typeof ApplicationFormSchema>;
export type ApplicationFormOutput = z.output<typeof ApplicationFormSchema>;

/** Form field names a service error may point at (the domain's names, so they map one to one). */
export const FORM_FIELDS = [
  'callId',
  'organisationId',
  'title',
  'description',
  'kind',
  'subGoals',
  'targetGroups',
  'amountAppliedOre',
  'totalBudgetOre',
  'budgetLines',
  'periodFrom',
  'periodTo',
  'location',
  'receptionCentreContact',
  'volunteersInvolved',
  'partners',
  'receivedDate',
] as const satisfies readonly (keyof ApplicationFormValues)[];

export function emptyFormValues(callId = '', organisationId = ''): ApplicationFormValues {
  return {
    callId,
    organisationId,
    title: '',
    description: '',
    kind: undefined,
    subGoals: [],
    targetGroups: [],
    amountAppliedOre: undefined as unknown as number,
    totalBudgetOre: undefined,
    budgetLines: [],
    periodFrom: '',
    periodTo: '',
    location: 'norge',
    imdiSameActivity: false,
    receptionCentre: false,
    receptionCentreContact: '',
    volunteersInvolved: undefined,
    partners: '',
    receivedDate: todayInOslo(),
  };
}

export function formValuesOf(app: Application): ApplicationFormValues {
  return {
    callId: app.callId,
    organisationId: app.organisationId,
    title: app.title,
    description: app.description,
    kind: app.kind,
    subGoals: app.subGoals,
    targetGroups: app.targetGroups,
    amountAppliedOre: app.amountAppliedOre,
    totalBudgetOre: app.totalBudgetOre,
    budgetLines: app.budgetLines.map((l) => ({ ...l })),
    periodFrom: app.periodFrom ?? '',
    periodTo: app.periodTo ?? '',
    location: app.location,
    imdiSameActivity: app.imdiSameActivity,
    receptionCentre: app.receptionCentre,
    receptionCentreContact: app.receptionCentreContact ?? '',
    volunteersInvolved: app.volunteersInvolved,
    partners: app.partners ?? '',
    receivedDate: app.receivedDate,
  };
}

/** The service input; optional fields left blank are present as undefined, which clears them on edit. */
export function toApplicationInput(v: ApplicationFormOutput): ApplicationInput {
  return {
    ...v,
    kind: v.kind!,
    periodFrom: v.periodFrom || undefined,
    periodTo: v.periodTo || undefined,
    receptionCentreContact: blankToUndefined(v.receptionCentreContact),
    partners: blankToUndefined(v.partners),
  };
}
