// An applicant organisation. MOD11 checks for orgnr/kontonummer are added in identifiers.ts.
import { z } from 'zod';
import { emailSchema, entityMetaSchema, isoDateSchema, optionalTextSchema, requiredTextSchema } from './common';

export const orgnrSchema = z
  .string({ error: 'Organisasjonsnummeret mangler' })
  .regex(/^\d{9}$/, { error: 'Organisasjonsnummeret må ha 9 siffer' });

export const accountNumberSchema = z
  .string({ error: 'Kontonummeret må være tekst' })
  .regex(/^\d{11}$/, { error: 'Kontonummeret må ha 11 siffer' });

export const organisationKindSchema = z.enum(['frivillig', 'innvandrerorganisasjon'], {
  error: 'Ukjent organisasjonstype',
});
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const OrganisationSchema = entityMetaSchema.extend({
  orgnr: orgnrSchema,
  name: requiredTextSchema('Organisasjonsnavnet', 200),
  registeredInFrivillighetsregisteret: z.boolean({
    error: 'Oppgi om organisasjonen er registrert i Frivillighetsregisteret',
  }),
  /** When the officer last checked the registry (R1). */
  registryCheckedAt: isoDateSchema.optional(),
  kind: organisationKindSchema,
  address: optionalTextSchema('Adressen', 300),
  contactPerson: optionalTextSchema('Kontaktpersonen', 200),
  email: emailSchema.optional(),
  phone: optionalTextSchema('Telefonnummeret', 40),
  accountNumber: accountNumberSchema.optional(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
