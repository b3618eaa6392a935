// Reads a filled scoring sheet back: who and which call it is for (sheet «Om skjemaet»), and per row
// the application id, the raw score cells and the comment. Values are not judged here (the service
// knows the call, the people and the conflicts); only a file that is not a scoring sheet is refused.
// Works on what Excel, LibreOffice and Numbers save: headers are found by text, not position.
import readXlsxFile from 'read-excel-file/universal';
import type { RawScore, ScoringSheetRead, ScoringSheetRowRead } from '@renderer/domain/assessment/sheet-read';
import {
  ABOUT_LABELS,
  ABOUT_SHEET,
  COMMENT_HEADER,
  ID_HEADER,
  NOT_APPLICABLE,
  SCORES_SHEET,
  SHEET_KIND,
  criterionIdOfHeader,
} from './layout';

export class ScoringSheetFileError extends Error {
  override readonly name = 'ScoringSheetFileError';
}

const NOT_A_SHEET = 'Filen er ikke et vurderingsskjema fra programmet. Bruk skjemaet du lagret under «Vurderingsskjema».';

type CellValue = string | number | boolean | Date | null | undefined;

function cellString(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function rawScore(value: CellValue): RawScore {
  if (typeof value === 'number') return { kind: 'number', value };
  const s = cellString(value);
  if (s === '' || s.toLocaleLowerCase('nb') === NOT_APPLICABLE) return { kind: 'empty' };
  // A number saved as text (e.g. "5" or "5,0") still counts as the number.
  if (/^-?\d+([.,]\d+)?$/.test(s)) return { kind: 'number', value: Number(s.replace(',', '.')) };
  return { kind: 'text', value: s };
}

function aboutValues(data: CellValue[][]): Map<string, string> {
  return new Map(data.map((row) => [cellString(row[0]), cellString(row[1])]));
}

export async function readScoringSheet(bytes: Uint8Array): Promise<ScoringSheetRead> {
  let sheets: { sheet: string; data: CellValue[][] }[];
  try {
    sheets = (await readXlsxFile(bytes.slice().buffer)) as { sheet: string; data: CellValue[][] }[];
  } catch {
    throw new ScoringSheetFileError('Filen kan ikke leses som et Excel-regneark (.xlsx). Lagre den på nytt som .xlsx og prøv igjen.');
  }
  const about = sheets.find((s) => s.sheet === ABOUT_SHEET);
  const scores = sheets.find((s) => s.sheet === SCORES_SHEET);
  if (!about || !scores) throw new ScoringSheetFileError(NOT_A_SHEET);
  const meta = aboutValues(about.data);
  if (meta.get(ABOUT_LABELS.kind) !== SHEET_KIND) throw new ScoringSheetFileError(NOT_A_SHEET);
  const callId = meta.get(ABOUT_LABELS.callId) ?? '';
  const personId = meta.get(ABOUT_LABELS.personId) ?? '';
  if (!callId || !personId) {
    throw new ScoringSheetFileError('Skjemaet mangler utlysning eller vurderer i arket «Om skjemaet». Lag et nytt skjema.');
  }

  const headerIndex = scores.data.findIndex((row) => row.some((c) => cellString(c) === ID_HEADER));
  if (headerIndex < 0) throw new ScoringSheetFileError(`Fant ikke kolonnen «${ID_HEADER}». Den må ikke slettes eller få nytt navn.`);
  const headers = scores.data[headerIndex]!.map(cellString);
  const idColumn = headers.indexOf(ID_HEADER);
  const commentColumn = headers.indexOf(COMMENT_HEADER);
  const titleColumn = 0;
  const criterionColumns = headers
    .map((h, i) => ({ id: criterionIdOfHeader(h), column: i }))
    .filter((c): c is { id: string; column: number } => c.id !== null);

  const rows: ScoringSheetRowRead[] = [];
  scores.data.slice(headerIndex + 1).forEach((cells, i) => {
    const applicationId = cellString(cells[idColumn]);
    const rowScores = Object.fromEntries(criterionColumns.map((c) => [c.id, rawScore(cells[c.column])]));
    const comment = commentColumn >= 0 ? cellString(cells[commentColumn]) : '';
    const title = cellString(cells[titleColumn]);
    // Rows with nothing in them (Excel keeps formatted empty rows) are not rows.
    if (!applicationId && !title && !comment && Object.values(rowScores).every((s) => s.kind === 'empty')) return;
    rows.push({ row: headerIndex + 2 + i, applicationId, title, scores: rowScores, comment });
  });

  return {
    callId,
    callTitle: meta.get(ABOUT_LABELS.callTitle) ?? '',
    personId,
    personName: meta.get(ABOUT_LABELS.personName) ?? '',
    criterionIds: criterionColumns.map((c) => c.id),
    rows,
  };
}
