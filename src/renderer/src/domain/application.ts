// An application (søknad) to a call, as registered or imported.
import { z } from 'zod';
import {
  entityMetaSchema,
  idSchema,
  isoDateSchema,
  optionalTextSchema,
  oreSchema,
  requiredTextSchema,
} from './common';
import { subGoalSchema } from './call';
import { APPLICATION_STATUSES } from './list-values';

export const applicationKindSchema = z.enum(['prosjekt', 'enkelttiltak', 'aktivitet', 'drift'], {
  error: 'Type må være prosjekt, enkelttiltak, aktivitet eller drift',
});
export type ApplicationKind = z.infer<typeof applicationKindSchema>;

export const targetGroupSchema = z.enum(
  ['flyktninger', 'arbeidsinnvandrere', 'familieinnvandrere', 'mottak', 'lokalbefolkning'],
  { error: 'Ukjent målgruppe' },
);
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export const budgetCategorySchema = z.enum(
  [
    'aktivitet',
    'administrasjon',
    'personale',
    'investering',
    'anskaffelse',
    'drift',
    'konferanse_offentlig_ansatte',
    'annet',
  ],
  { error: 'Ukjent budsjettkategori' },
);
export type BudgetCategory = z.infer<typeof budgetCategorySchema>;

export const BudgetLineSchema = z.object({
  category: budgetCategorySchema,
  description: z.string({ error: 'Beskrivelsen må være tekst' }).trim().max(500, {
    error: 'Beskrivelsen kan ha høyst 500 tegn',
  }),
  amountOre: oreSchema,
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const locationSchema = z.enum(['norge', 'delvis_utlandet', 'kun_utlandet'], {
  error: 'Sted må være norge, delvis_utlandet eller kun_utlandet',
});
export type ApplicationLocation = z.infer<typeof locationSchema>;

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES, { error: 'Ukjent status for søknaden' });
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** The plain object, for forms that pick or omit fields (a refined schema cannot be extended). */
export const ApplicationFieldsSchema = entityMetaSchema.extend({
  callId: idSchema,
  organisationId: idSchema,
  externalId: optionalTextSchema('Ekstern referanse', 200),
  title: requiredTextSchema('Tittelen', 300),
  description: z
    .string({ error: 'Beskrivelsen må være tekst' })
    .trim()
    .max(20_000, { error: 'Beskrivelsen kan ha høyst 20 000 tegn' }),
  kind: applicationKindSchema,
  subGoals: z
    .array(subGoalSchema, { error: 'Delmål må være en liste' })
    .min(1, { error: 'Velg minst ett delmål' }),
  targetGroups: z.array(targetGroupSchema, { error: 'Målgrupper må være en liste' }),
  amountAppliedOre: oreSchema,
  totalBudgetOre: oreSchema.optional(),
  /** Kroner of the budget the applicant itself marks as not covered by R6 (import column). */
  ineligibleCostsOre: oreSchema.optional(),
  budgetLines: z.array(BudgetLineSchema, { error: 'Budsjettposter må være en liste' }),
  periodFrom: isoDateSchema.optional(),
  periodTo: isoDateSchema.optional(),
  location: locationSchema,
  imdiSameActivity: z.boolean({ error: 'Oppgi om samme aktivitet får støtte fra IMDi' }),
  receptionCentre: z.boolean({ error: 'Oppgi om tiltaket gjelder beboere i asylmottak' }),
  receptionCentreContact: optionalTextSchema('Kontaktperson på mottaket', 200),
  volunteersInvolved: z
    .number({ error: 'Antall frivillige må være et tall' })
    .int({ error: 'Antall frivillige må være et helt tall' })
    .nonnegative({ error: 'Antall frivillige kan ikke være negativt' })
    .optional(),
  partners: optionalTextSchema('Samarbeidspartnere', 2000),
  receivedDate: isoDateSchema,
  status: applicationStatusSchema,
});

export const ApplicationSchema = ApplicationFieldsSchema.refine(
  (a) => !a.periodFrom || !a.periodTo || a.periodFrom <= a.periodTo,
  { error: 'Periodens slutt kan ikke være før starten', path: ['periodTo'] },
);
export type Application = z.infer<typeof ApplicationSchema>;
