// Writes the shown change-log rows as CSV through the platform. The CSV module loads on demand.
import { getPlatform } from '@renderer/platform';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';
import type { ChangeLogRow } from './change-log-rows';
import { osloDate } from '@renderer/domain/oslo-date';

export async function saveChangeLogCsv(rows: readonly ChangeLogRow[], now: Date = new Date()): Promise<string> {
  const { buildChangeLogCsv, changeLogCsvFileName } = await import('@renderer/workers/export/change-log-csv');
  const bytes = buildChangeLogCsv(
    rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      entity: entityLabel(r.entity),
      entityId: r.entityId,
      action: changeLogText.actions[r.action],
      fields: r.fields,
      before: r.entry.before,
      after: r.entry.after,
      prevHash: r.entry.prevHash,
      hash: r.entry.hash,
    })),
  );
  const fileName = changeLogCsvFileName(osloDate(now));
  const result = await getPlatform().saveFile({
    suggestedName: fileName,
    bytes,
    filters: [{ name: changeLogText.csvFilter, extensions: ['csv'] }],
  });
  if (!result.saved) return '';
  return result.path ? changeLogText.csvSavedTo(result.path) : changeLogText.csvDownloaded(fileName);
}
