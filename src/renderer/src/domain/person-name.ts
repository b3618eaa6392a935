// Comparing people's names as people write them. Apart from person.ts (and its zod schemas)
// because the database upgrade to v9 needs it, and the upgrade is loaded with the database at start.

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
