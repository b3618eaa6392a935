// Writes the entries a filter selects as CSV through the platform, read for the file (the page
// holds only the page shown). The CSV module loads on demand.
import { getDb } from '@renderer/data/db';
import { getPlatform } from '@renderer/platform';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';
import { osloDate } from '@renderer/domain/oslo-date';
import { readAllRows, type Selection } from './change-log-reader';

export async function saveChangeLogCsv(selection: Selection, now: Date = new Date()): Promise<string> {
  const [{ buildChangeLogCsv, changeLogCsvFileName }, rows] = await Promise.all([
    import('@renderer/workers/export/change-log-csv'),
    readAllRows(getDb(), selection),
  ]);
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
