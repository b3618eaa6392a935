// A municipality running the local part of the scheme; id is the kommunenummer (2024+).
import { z } from 'zod';
import { emailSchema, requiredTextSchema } from './common';

export const kommunenummerSchema = z
  .string({ error: 'Kommunenummeret mangler' })
  .regex(/^\d{4}$/, { error: 'Kommunenummeret må ha 4 siffer' });

export const MunicipalitySchema = z.object({
  id: kommunenummerSchema,
  name: requiredTextSchema('Kommunenavnet', 100),
  contactPerson: requiredTextSchema('Kontaktpersonen', 200),
  email: emailSchema,
  phone: requiredTextSchema('Telefonnummeret', 40),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
