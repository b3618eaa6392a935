// imdi-rapport-<kommunenummer>-<år>.<ext>
export type ImdiExportExtension = 'xlsx' | 'csv' | 'json';

export function imdiFileName(kommunenummer: string, year: number, ext: ImdiExportExtension): string {
  return `imdi-rapport-${kommunenummer}-${year}.${ext}`;
}
