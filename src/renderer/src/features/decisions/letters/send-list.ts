// Saves the send list (CSV or XLSX) for the made, unsent letters of the rows: what the officer
// needs to send them from the municipality's own e-mail.
import { getPlatform } from '@renderer/platform';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import type { DecisionRow } from '../list/use-decision-rows';
import { letterFileName } from './letter-file-name';

export interface SendListEntry {
  organisation: string;
  email: string;
  fileName: string;
  subject: string;
}

/** Rows whose current letter is made and not sent, in the list's order. */
export function sendListEntries(rows: readonly DecisionRow[]): SendListEntry[] {
  return rows.flatMap((r) =>
    r.decision && r.letter.kind === 'made'
      ? [
          {
            organisation: r.organisationName,
            email: r.email,
            fileName: letterFileName(r.orgnr, r.application.title, r.letter.letter.kind),
            subject: s.sendListSubject(r.application.title),
          },
        ]
      : [],
  );
}

export async function saveSendList(entries: readonly SendListEntry[], year: number, kind: 'csv' | 'xlsx'): Promise<void> {
  const name = `${s.sendListFileName(year)}.${kind}`;
  if (kind === 'csv') {
    const { buildSendListCsv } = await import('@renderer/documents/send-list/send-list');
    await getPlatform().saveFile({ suggestedName: name, bytes: buildSendListCsv(s.sendListColumns, entries), filters: [{ name: 'CSV', extensions: ['csv'] }] });
    return;
  }
  const { buildSendListXlsx } = await import('@renderer/documents/send-list/send-list-xlsx');
  const bytes = await buildSendListXlsx(s.sendList, s.sendListColumns, entries);
  await getPlatform().saveFile({ suggestedName: name, bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
}
