// An applicant organisation. MOD11 checks for orgnr/kontonummer are added in identifiers.ts.
import { z } from 'zod';
import { emailSchema, entityMetaSchema, isoDateSchema, optionalTextSchema, requiredTextSchema } from './common';
import { ORGANISATION_KINDS } from './list-values';

export const orgnrSchema = z
  .string({ error: 'Organisasjonsnummeret mangler' })
  .regex(/^\d{9}$/, { error: 'Organisasjonsnummeret må ha 9 siffer' });

export const accountNumberSchema = z
  .string({ error: 'Kontonummeret må være tekst' })
  .regex(/^\d{11}$/, { error: 'Kontonummeret må ha 11 siffer' });

export const organisationKindSchema = z.enum(ORGANISATION_KINDS, {
  error: 'Ukjent organisasjonstype',
});
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** Where the R1 answer came from: the officer's own check, or a bulk file of Enhetsregisteret. */
export const registrySourceSchema = z.enum(['enhetsregisteret', 'manuell'], {
  error: 'Ukjent kilde for registersjekken',
});
export type RegistrySource = z.infer<typeof registrySourceSchema>;

export const OrganisationSchema = entityMetaSchema.extend({
  orgnr: orgnrSchema,
  name: requiredTextSchema('Organisasjonsnavnet', 200),
  registeredInFrivillighetsregisteret: z.boolean({
    error: 'Oppgi om organisasjonen er registrert i Frivillighetsregisteret',
  }),
  /** When the officer last checked the registry (R1). */
  registryCheckedAt: isoDateSchema.optional(),
  // Optional: older rows and backups have none of these.
  registrySource: registrySourceSchema.optional(),
  /** The date of the Enhetsregisteret file the answer came from (registrySource 'enhetsregisteret'). */
  registryFileDate: isoDateSchema.optional(),
  /** Konkurs / under avvikling according to the last register file. */
  bankrupt: z.boolean().optional(),
  windingUp: z.boolean().optional(),
  kind: organisationKindSchema,
  address: optionalTextSchema('Adressen', 300),
  contactPerson: optionalTextSchema('Kontaktpersonen', 200),
  email: emailSchema.optional(),
  phone: optionalTextSchema('Telefonnummeret', 40),
  accountNumber: accountNumberSchema.optional(),
  /** Board members and leaders, noted so an assessor with the same name gets a § 6 e warning. */
  boardMembers: z.array(requiredTextSchema('Navnet på styremedlemmet', 100)).max(50, { error: 'Høyst 50 styremedlemmer' }).optional(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
