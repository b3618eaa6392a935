// The organisation schema for the write path: orgnr and kontonummer as people type them (spaces,
// dots), checked with MOD11 and stored as bare digits, with the Norwegian reason when wrong.
import { z } from 'zod';
import {
  accountNumberProblem,
  normaliseAccountNumber,
  normaliseOrgnr,
  orgnrProblem,
} from './identifiers';
import { OrganisationSchema } from './organisation';

export const checkedOrgnrSchema = z
  .string({ error: 'Organisasjonsnummeret mangler' })
  .transform(normaliseOrgnr)
  .superRefine((digits, ctx) => {
    const problem = digits === '' ? 'Organisasjonsnummeret må fylles ut' : orgnrProblem(digits);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const checkedAccountNumberSchema = z
  .string({ error: 'Kontonummeret må være tekst' })
  .transform(normaliseAccountNumber)
  .superRefine((digits, ctx) => {
    const problem = accountNumberProblem(digits);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const CheckedOrganisationSchema = OrganisationSchema.extend({
  orgnr: checkedOrgnrSchema,
  accountNumber: checkedAccountNumberSchema.optional(),
});
