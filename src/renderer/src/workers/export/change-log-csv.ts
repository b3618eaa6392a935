// The change log as CSV for an auditor: UTF-8 with BOM and `;` like the IMDi CSV, one row per entry,
// before/after as JSON text, and the hashes so the chain can be checked outside the program.
import { neutraliseFormula } from '@renderer/documents/export/neutralise';

export interface ChangeLogCsvEntry {
  id: number;
  at: string;
  actor: string;
  /** Norwegian label of the entity type. */
  entity: string;
  entityId: string;
  /** Norwegian label of the action. */
  action: string;
  fields: readonly string[];
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

const HEADER = ['nr', 'tidspunkt', 'utfort_av', 'type', 'id', 'handling', 'endrede_felt', 'for', 'etter', 'forrige_hash', 'hash'];

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // Neutralised first, so an actor or name starting with "=" is never run as a formula.
  const safe = neutraliseFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const json = (value: unknown): string => (value === null || value === undefined ? '' : JSON.stringify(value));

export function buildChangeLogCsv(entries: readonly ChangeLogCsvEntry[]): Uint8Array {
  const lines = [
    HEADER.join(';'),
    ...entries.map((e) =>
      [e.id, e.at, e.actor, e.entity, e.entityId, e.action, e.fields.join(','), json(e.before), json(e.after), e.prevHash, e.hash]
        .map(field)
        .join(';'),
    ),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** endringslogg-YYYY-MM-DD.csv, the date of saving. */
export function changeLogCsvFileName(today: string): string {
  return `endringslogg-${today}.csv`;
}
