// A column mapping the officer saved by name, offered again for the next file from the same portal.
import { z } from 'zod';
import { isoTimestampSchema } from './common';

export const ImportMappingSchema = z.object({
  /** The lower-cased, trimmed name: one mapping per name whatever its case. */
  id: z.string().min(1),
  name: z
    .string({ error: 'Gi kolonneoppsettet et navn' })
    .trim()
    .min(1, { error: 'Gi kolonneoppsettet et navn' })
    .max(80, { error: 'Navnet kan ha høyst 80 tegn' }),
  /** The file's headers when it was saved, to offer it again for a file with the same headers. */
  headers: z.array(z.string()),
  /** Canonical column -> the header in the file. */
  mapping: z.record(z.string(), z.string()),
  savedAt: isoTimestampSchema,
});
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

export function importMappingId(name: string): string {
  return name.trim().toLocaleLowerCase('nb');
}
