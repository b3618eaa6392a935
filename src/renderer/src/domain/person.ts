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

/** Names compared as people write them: case, extra spaces and accents on Latin letters ignored. */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The board members whose name is the assessor's name (for the § 6 e warning). */
export function matchingBoardMembers(personName: string, boardMembers: readonly string[]): string[] {
  const wanted = normalisePersonName(personName);
  if (!wanted) return [];
  return boardMembers.filter((m) => normalisePersonName(m) === wanted);
}
