// The JSON form: { "format": "soknadsimport/1", "soknader": [ { <column>: value, … } ] }.
import { ImportFileError } from './import-file-error';
import type { ImportCell, ImportTable } from './types';

export const JSON_FORMAT = 'soknadsimport/1';

const EXPECTED = `Forventet { "format": "${JSON_FORMAT}", "soknader": [ … ] }.`;

/** Headers are the keys in order of first appearance; a søknad that is not an object gets no cells. */
export function readJson(text: string): ImportTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof SyntaxError ? ` (${e.message})` : '';
    throw new ImportFileError('ugyldig_json', `JSON-filen kan ikke leses: den er ikke gyldig JSON${detail}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ImportFileError('feil_format', `JSON-filen må være et objekt. ${EXPECTED}`);
  }
  const root = parsed as Record<string, unknown>;
  if (root['format'] !== JSON_FORMAT) {
    const found = root['format'] === undefined ? 'mangler' : `er «${String(root['format'])}»`;
    throw new ImportFileError('feil_format', `JSON-filen har feil format: "format" ${found}. ${EXPECTED}`);
  }
  const soknader = root['soknader'];
  if (!Array.isArray(soknader)) {
    throw new ImportFileError('feil_format', `JSON-filen mangler listen "soknader". ${EXPECTED}`);
  }
  const headers: string[] = [];
  for (const s of soknader) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) continue;
    for (const key of Object.keys(s)) if (!headers.includes(key)) headers.push(key);
  }
  const records = soknader.map((s, i) => {
    const isObject = typeof s === 'object' && s !== null && !Array.isArray(s);
    const cells: ImportCell[] = isObject ? headers.map((h) => (s as Record<string, unknown>)[h] ?? null) : [];
    return isObject ? { row: i + 2, cells } : { row: i + 2, cells, problem: 'Søknaden må være et objekt med kolonnene som nøkler.' };
  });
  return { format: 'json', headers, records };
}
