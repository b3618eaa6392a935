// The same data for machines: format id, who and when, and the three sheets with amounts as numbers.
import type { ImdiExportData } from './types';

export const IMDI_JSON_FORMAT = 'imdi-eksport/2';

export function buildImdiJson(data: ImdiExportData, createdAt: Date | string): Uint8Array {
  const json = {
    format: IMDI_JSON_FORMAT,
    kommunenummer: data.kommunenummer,
    kommune: data.kommune,
    ar: data.ar,
    laget: typeof createdAt === 'string' ? createdAt : createdAt.toISOString(),
    tildelinger: data.tildelinger,
    sammendrag: data.sammendrag,
    ramme: data.ramme,
  };
  return new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
}
