// Shared primitives every entity schema is built from. Messages are shown to officers, so Norwegian.
import { z } from 'zod';

export const idSchema = z
  .string({ error: 'Mangler id' })
  .trim()
  .min(1, { error: 'Mangler id' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 2021-02-29). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 31 April over to 1 May, so a round trip exposes impossible days.
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const isoDateSchema = z
  .string({ error: 'Datoen mangler' })
  .refine(isRealIsoDate, { error: 'Ugyldig dato (bruk ÅÅÅÅ-MM-DD)' });

export const isoTimestampSchema = z.iso.datetime({
  offset: true,
  error: 'Ugyldig tidspunkt (ISO 8601)',
});

/** Money in whole øre: never floats, never negative. */
export const oreSchema = z
  .number({ error: 'Beløpet må være et tall' })
  .int({ error: 'Beløpet må være et helt antall øre' })
  .nonnegative({ error: 'Beløpet kan ikke være negativt' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Beløpet er for stort' });

export const requiredTextSchema = (label: string, max = 500) =>
  z
    .string({ error: `${label} må fylles ut` })
    .trim()
    .min(1, { error: `${label} må fylles ut` })
    .max(max, { error: `${label} kan ha høyst ${max} tegn` });

export const optionalTextSchema = (label: string, max = 5000) =>
  z
    .string({ error: `${label} må være tekst` })
    .trim()
    .max(max, { error: `${label} kan ha høyst ${max} tegn` })
    .optional();

export const emailSchema = z.email({ error: 'Ugyldig e-postadresse' });

/** id + createdAt + updatedAt: what the entity writer fills in on every row. */
export const entityMetaSchema = z.object({
  id: idSchema,
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type EntityMeta = z.infer<typeof entityMetaSchema>;
