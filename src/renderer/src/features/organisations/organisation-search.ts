// In-memory search over name and orgnr: the lower-cased text is prepared once per list, and
// digits are matched without spaces so "864 139" finds 864139442.
import type { Organisation } from '@renderer/domain/organisation';
import { compareNb } from '@renderer/domain/collate';

export interface SearchableOrganisation {
  organisation: Organisation;
  text: string;
}

export function prepareSearch(organisations: readonly Organisation[]): SearchableOrganisation[] {
  return organisations
    .map((organisation) => ({ organisation, text: `${organisation.name.toLowerCase()} ${organisation.orgnr}` }))
    .sort((a, b) => compareNb(a.organisation.name, b.organisation.name));
}

export function searchOrganisations(rows: readonly SearchableOrganisation[], query: string): Organisation[] {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  // Runs of digits typed with spaces ("864 139 442") are one number.
  const terms = /^[\d\s]+$/.test(query.trim()) ? [query.replace(/\s/g, '')] : words;
  return rows.filter((row) => terms.every((t) => row.text.includes(t))).map((row) => row.organisation);
}
