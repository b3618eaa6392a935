// Builds one assessor's scoring sheet and hands it to the platform's save dialog. The spreadsheet
// writer loads on the first use (import()).
import { getDb } from '@renderer/data/db';
import { osloDate } from '@renderer/domain/oslo-date';
import { scoringSheetSource } from '@renderer/services/assessment/sheet-source';
import { getPlatform } from '@renderer/platform';
import { APPLICATION_KIND_LABELS } from '@renderer/domain/vocabulary';

/** A file name without characters Windows refuses. */
function fileNamePart(text: string): string {
  return text.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60);
}

export interface SavedSheet {
  saved: boolean;
  fileName: string;
  path?: string;
}

export async function saveScoringSheet(callId: string, personId: string): Promise<SavedSheet> {
  const source = await scoringSheetSource(getDb(), callId, personId);
  const { buildScoringSheet } = await import('@renderer/documents/assessment-sheet/write-sheet');
  const bytes = await buildScoringSheet({
    call: source.call,
    person: source.person,
    scale: source.scale,
    criteria: source.criteria,
    createdDate: osloDate(new Date()),
    rows: source.rows.map((r) => ({
      applicationId: r.application.id,
      title: r.application.title,
      organisation: r.organisationName,
      kind: APPLICATION_KIND_LABELS[r.application.kind],
      amountAppliedKroner: r.application.amountAppliedOre / 100,
      subGoals: r.application.subGoals.join(', '),
      receptionCentre: r.application.receptionCentre,
      criterionIds: r.criterionIds,
      scores: r.scores,
      comment: r.comment,
    })),
  });
  const fileName = `Vurderingsskjema ${fileNamePart(source.call.title)} – ${fileNamePart(source.person.name)}.xlsx`;
  const result = await getPlatform().saveFile({
    suggestedName: fileName,
    bytes,
    filters: [{ name: 'Excel-regneark', extensions: ['xlsx'] }],
  });
  return { saved: result.saved, fileName, path: result.path };
}
