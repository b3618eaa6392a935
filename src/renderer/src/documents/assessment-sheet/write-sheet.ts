// Builds one assessor's scoring sheet (vurderingsskjema): sheet «Vurdering» with a title, the
// instructions, and one row per application (key facts, one column per criterion with Excel's data
// validation for the call's scale, a comment, the hidden application id); sheet «Om skjemaet» names
// the call and the assessor, so a sheet read back is matched to them. Text is written as text, so
// "=…" in a title is never a formula.
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import { getCellAddress } from 'write-excel-file/utility';
import type { AssessmentCriterion, ScoreScale } from '@renderer/domain/assessment';
import { scoringSheetFeature, type WholeNumberRange } from './data-validation';
import {
  ABOUT_LABELS,
  ABOUT_SHEET,
  COMMENT_HEADER,
  FACT_HEADERS,
  HEADER_ROW,
  ID_HEADER,
  NOT_APPLICABLE,
  SCORES_SHEET,
  SHEET_FORMAT_VERSION,
  SHEET_KIND,
  criterionHeader,
} from './layout';

export interface ScoringSheetRow {
  applicationId: string;
  title: string;
  organisation: string;
  kind: string;
  amountAppliedKroner: number;
  subGoals: string;
  receptionCentre: boolean;
  /** Criteria that apply to this application (R8's only for reception-centre measures). */
  criterionIds: readonly string[];
  /** The assessor's scores so far, pre-filled so a sheet can be sent out again. */
  scores: Readonly<Record<string, number>>;
  comment: string;
}

export interface ScoringSheetInput {
  call: { id: string; title: string };
  person: { id: string; name: string };
  scale: ScoreScale;
  criteria: readonly AssessmentCriterion[];
  rows: readonly ScoringSheetRow[];
  /** YYYY-MM-DD, shown on the about sheet. */
  createdDate: string;
}

const text = (value: string, bold = false): Cell => ({ value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) });
const num = (value: number): Cell => ({ value, type: Number });

function instructions(input: ScoringSheetInput): string {
  const { min, max, minLabel, maxLabel } = input.scale;
  return `Gi hver søknad et helt tall fra ${min} (${minLabel}) til ${max} (${maxLabel}) for hvert kriterium. «${NOT_APPLICABLE}» betyr at kriteriet ikke gjelder søknaden. La raden stå tom hvis du ikke vurderer søknaden. Ikke endre den skjulte id-kolonnen.`;
}

export async function buildScoringSheet(input: ScoringSheetInput): Promise<Uint8Array> {
  const { criteria, scale } = input;
  const headers = [
    ...FACT_HEADERS,
    ...criteria.map((c) => criterionHeader(c.label, c.id, scale)),
    COMMENT_HEADER,
    ID_HEADER,
  ];
  const firstCriterionColumn = FACT_HEADERS.length;
  const idColumn = headers.length - 1;
  const data: Row[] = [
    [text(`${SHEET_KIND}: ${input.call.title} – ${input.person.name}`, true)],
    [text(instructions(input))],
    headers.map((h) => text(h, true)),
    ...input.rows.map((r): Row => [
      text(r.title),
      text(r.organisation),
      text(r.kind),
      num(r.amountAppliedKroner),
      text(r.subGoals),
      text(r.receptionCentre ? 'ja' : 'nei'),
      ...criteria.map((c): Cell | null => {
        if (!r.criterionIds.includes(c.id)) return text(NOT_APPLICABLE);
        const score = r.scores[c.id];
        return score === undefined ? null : num(score);
      }),
      r.comment ? text(r.comment) : null,
      text(r.applicationId),
    ]),
  ];
  const lastRow = HEADER_ROW + Math.max(input.rows.length, 1);
  const ranges: WholeNumberRange[] = criteria.map((c, i) => ({
    sqref: `${getCellAddress(HEADER_ROW, firstCriterionColumn + i)}:${getCellAddress(lastRow - 1, firstCriterionColumn + i)}`,
    min: scale.min,
    max: scale.max,
    errorTitle: 'Ugyldig poengsum',
    error: `Skriv et helt tall fra ${scale.min} til ${scale.max}.`,
    promptTitle: c.label.slice(0, 32),
    prompt: `${scale.min} = ${scale.minLabel}, ${scale.max} = ${scale.maxLabel}`.slice(0, 255),
  }));
  const about: Row[] = [
    [text('Felt', true), text('Verdi', true)],
    [text(ABOUT_LABELS.kind), text(SHEET_KIND)],
    [text(ABOUT_LABELS.version), num(SHEET_FORMAT_VERSION)],
    [text(ABOUT_LABELS.callTitle), text(input.call.title)],
    [text(ABOUT_LABELS.callId), text(input.call.id)],
    [text(ABOUT_LABELS.personName), text(input.person.name)],
    [text(ABOUT_LABELS.personId), text(input.person.id)],
    [text(ABOUT_LABELS.scaleMin), num(scale.min)],
    [text(ABOUT_LABELS.scaleMax), num(scale.max)],
    [text(ABOUT_LABELS.created), text(input.createdDate)],
  ];
  const blob = await writeXlsxFile(
    [
      {
        sheet: SCORES_SHEET,
        data,
        columns: headers.map((_h, i) => ({
          width: i === 0 || i === 1 ? 30 : i < firstCriterionColumn ? 12 : i === idColumn - 1 ? 40 : i === idColumn ? 38 : 16,
        })),
        stickyRowsCount: HEADER_ROW,
        stickyColumnsCount: 1,
      },
      { sheet: ABOUT_SHEET, data: about, columns: [{ width: 20 }, { width: 50 }] },
    ],
    { features: [scoringSheetFeature(ranges, idColumn)] },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
