// People who assess applications: committee members (utvalgsmedlem, leder) and officers.
import { z } from 'zod';
import { entityMetaSchema, requiredTextSchema } from './common';

export const PERSON_ROLES = ['saksbehandler', 'utvalgsmedlem', 'leder'] as const;
export const personRoleSchema = z.enum(PERSON_ROLES, { error: 'Velg rolle: saksbehandler, utvalgsmedlem eller leder' });
export type PersonRole = z.infer<typeof personRoleSchema>;

export const PersonSchema = entityMetaSchema.extend({
  name: requiredTextSchema('Navnet', 100),
  role: personRoleSchema,
  /** An inactive person keeps their scores but is no longer expected to score. */
  active: z.boolean({ error: 'Oppgi om personen er aktiv' }),
});
export type PersonRow = z.infer<typeof PersonSchema>;

export { normalisePersonName, matchingBoardMembers } from './person-name';
