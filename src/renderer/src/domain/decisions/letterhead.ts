// The municipality's letterhead: who the letter is from, who handles the case, who signs.
import { z } from 'zod';
import { optionalTextSchema, requiredTextSchema } from '../common';
import type { Municipality } from '../municipality';

const signatorySchema = z.object({
  name: requiredTextSchema('Navnet på den som signerer', 100),
  title: optionalTextSchema('Stillingstittelen', 100),
});
export type Signatory = z.infer<typeof signatorySchema>;

export const LetterheadSchema = z.object({
  /** As it should stand on the letter, e.g. "Bergen kommune". */
  municipalityName: requiredTextSchema('Kommunenavnet', 100),
  /** The unit, e.g. "Etat for inkludering". */
  unitName: optionalTextSchema('Enheten', 200),
  /** Postal address, one line per entry. */
  addressLines: z.array(z.string().trim().max(200)).max(4),
  phone: optionalTextSchema('Telefonnummeret', 40),
  email: z.email({ error: 'Ugyldig e-postadresse' }).optional(),
  orgnr: optionalTextSchema('Organisasjonsnummeret', 20),
  web: optionalTextSchema('Nettadressen', 200),
  caseOfficer: z.object({
    name: requiredTextSchema('Saksbehandleren', 100),
    phone: optionalTextSchema('Telefonnummeret til saksbehandleren', 40),
    email: z.email({ error: 'Ugyldig e-postadresse' }).optional(),
  }),
  signatories: z
    .array(signatorySchema)
    .min(1, { error: 'Brevet må ha minst én som signerer' })
    .max(2, { error: 'Brevet kan ha høyst to som signerer' }),
  /** A PNG or JPEG as a data URL; optional. */
  logoDataUrl: z
    .string()
    .regex(/^data:image\/(png|jpeg);base64,/, { error: 'Logoen må være PNG eller JPEG' })
    .optional(),
});
export type Letterhead = z.infer<typeof LetterheadSchema>;

/** A starting letterhead from the seeded municipality and the officer; the officer signs. */
export function defaultLetterhead(
  municipality: Pick<Municipality, 'name' | 'email' | 'phone'>,
  officerName: string,
): Letterhead {
  return {
    municipalityName: `${municipality.name} kommune`,
    addressLines: [],
    phone: municipality.phone,
    email: municipality.email,
    caseOfficer: { name: officerName },
    signatories: [{ name: officerName, title: 'saksbehandler' }],
  };
}
