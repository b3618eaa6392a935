// Norwegian fallback messages for zod issues that a schema gives no message of its own.
// Pass as `{ error: norwegianErrorMap }` to parse/safeParse (schema messages still win).
import type { z } from 'zod';

export const norwegianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? 'Må fylles ut'
        : 'Ugyldig verdi';
    case 'too_small':
      if (issue.origin === 'string') return `Må ha minst ${String(issue.minimum)} tegn`;
      if (issue.origin === 'array') return `Må ha minst ${String(issue.minimum)} valg`;
      return `Må være minst ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `Kan ha høyst ${String(issue.maximum)} tegn`;
      if (issue.origin === 'array') return `Kan ha høyst ${String(issue.maximum)} valg`;
      return `Kan være høyst ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Ugyldig e-postadresse' : 'Ugyldig format';
    case 'invalid_value':
      return 'Ugyldig valg';
    case 'unrecognized_keys':
      return `Ukjente felt: ${issue.keys.join(', ')}`;
    default:
      return 'Ugyldig verdi';
  }
};
