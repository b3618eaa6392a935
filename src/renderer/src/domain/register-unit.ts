// One unit of Enhetsregisteret as the program keeps it from the open-data bulk file: only what the
// R1 check and the officer's warnings need.
import { z } from 'zod';
import { isoDateSchema } from './common';

export const RegisterUnitSchema = z.object({
  orgnr: z.string().regex(/^\d{9}$/),
  name: z.string(),
  /** registrertIFrivillighetsregisteret */
  registered: z.boolean(),
  /** konkurs */
  bankrupt: z.boolean(),
  /** underAvvikling or underTvangsavviklingEllerTvangsopplosning */
  windingUp: z.boolean(),
  /** forretningsadresse.kommunenummer, when given. */
  municipalityNumber: z.string().optional(),
});
export type RegisterUnit = z.infer<typeof RegisterUnitSchema>;

export const registerFileDateSchema = isoDateSchema;

/** "enheter_2020-02-01.json.gz" → "2020-02-01"; undefined when the name carries no valid date. */
export function registerFileDateFromName(fileName: string): string | undefined {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(fileName);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return registerFileDateSchema.safeParse(iso).success ? iso : undefined;
}
