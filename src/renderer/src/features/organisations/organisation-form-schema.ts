// What the organisation form checks before saving: orgnr and kontonummer with their MOD11 check
// digit (the reason at the field), optional fields blank or valid. Values stay as typed; the
// service normalises the numbers to digits.
import { z } from 'zod';
import { isRealIsoDate, optionalTextSchema, requiredTextSchema } from '@renderer/domain/common';
import { accountNumberProblem, orgnrProblem } from '@renderer/domain/identifiers';
import { organisationKindSchema } from '@renderer/domain/organisation';

function checked(problem: (value: string) => string | null, required?: string) {
  return z.string().superRefine((value, ctx) => {
    if (value.trim() === '') {
      if (required) ctx.addIssue({ code: 'custom', message: required });
      return;
    }
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

export const OrganisationFormSchema = z.object({
  orgnr: checked(orgnrProblem, 'Organisasjonsnummeret må fylles ut'),
  name: requiredTextSchema('Navnet', 200),
  kind: organisationKindSchema,
  registeredInFrivillighetsregisteret: z.boolean(),
  registryCheckedAt: z.string().refine((v) => v === '' || isRealIsoDate(v), { error: 'Ugyldig dato' }),
  address: optionalTextSchema('Adressen', 300),
  contactPerson: optionalTextSchema('Kontaktpersonen', 200),
  email: z.string().trim().refine((v) => v === '' || z.email().safeParse(v).success, {
    error: 'Ugyldig e-postadresse',
  }),
  phone: optionalTextSchema('Telefonnummeret', 40),
  accountNumber: checked(accountNumberProblem),
  /** One name per line (§ 6 warning when an assessor has the same name). */
  boardMembers: z.string().max(5000, { error: 'Listen over styremedlemmer er for lang' }),
});

export type OrganisationFormValues = z.infer<typeof OrganisationFormSchema>;

export const ORGANISATION_FORM_FIELDS = [
  'orgnr',
  'name',
  'kind',
  'registeredInFrivillighetsregisteret',
  'registryCheckedAt',
  'address',
  'contactPerson',
  'email',
  'phone',
  'accountNumber',
  'boardMembers',
] as const;
