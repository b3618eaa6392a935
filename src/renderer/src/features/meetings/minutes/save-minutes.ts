// Makes the meeting's minutes (møteprotokoll) as a PDF in the letters' language and hands it to
// the platform's save dialog. pdfmake and the document code load on first use.
import { getDb } from '@renderer/data/db';
import { effectiveLetterhead } from '@renderer/domain/decisions/letterhead';
import { SETTINGS_ID } from '@renderer/domain/settings';
import type { MeetingMinutesInput } from '@renderer/documents/pdf/meeting-minutes';
import { getPlatform } from '@renderer/platform';
import { meetingsText as t } from '@renderer/i18n/meetings';
import { loadMeetingView } from '@renderer/services/meetings/meeting-view';

export async function minutesInput(meetingId: string): Promise<MeetingMinutesInput> {
  const db = getDb();
  const view = await loadMeetingView(db, meetingId);
  const settings = await db.settings.get(SETTINGS_ID);
  const municipality = settings ? await db.municipalities.get(settings.municipalityId) : undefined;
  const kommune = municipality ?? { name: view.call.municipalityId, email: '', phone: '' };
  const letterhead = effectiveLetterhead(settings?.letterhead, kommune, settings?.officerName ?? '');
  const presentIds = new Set(view.present.map((p) => p.id));
  const input: MeetingMinutesInput = {
    language: settings?.letterLanguage ?? 'nb',
    letterhead,
    municipalityName: letterhead.municipalityName,
    callTitle: view.call.title,
    date: view.meeting.date,
    present: view.present.map((p) => ({ name: p.name, role: p.role })),
    items: view.items.map((item) => ({
      reference: item.reference,
      title: item.application.title,
      organisationName: item.organisationName,
      amountAppliedOre: item.application.amountAppliedOre,
      ...(item.recommendation?.outcome
        ? { recommendation: { outcome: item.recommendation.outcome, amountOre: item.recommendation.amountOre, reason: item.recommendation.reason } }
        : {}),
      conflicts: item.conflicts.map((c) => ({
        name: c.personName,
        ground: c.ground as MeetingMinutesInput['items'][number]['conflicts'][number]['ground'],
        ...(c.note ? { note: c.note } : {}),
        present: presentIds.has(c.personId),
      })),
    })),
    budget: view.budget,
  };
  if (view.call.archiveCaseNumber) input.caseNumber = view.call.archiveCaseNumber;
  if (view.meeting.place) input.place = view.meeting.place;
  return input;
}

export async function saveMinutes(meetingId: string): Promise<boolean> {
  const input = await minutesInput(meetingId);
  const [{ buildMeetingMinutes }, { renderPdf }] = await Promise.all([
    import('@renderer/documents/pdf/meeting-minutes'),
    import('@renderer/documents/pdf/render-browser'),
  ]);
  const bytes = await renderPdf(buildMeetingMinutes(input));
  const result = await getPlatform().saveFile({
    suggestedName: `Moteprotokoll ${input.date}.pdf`,
    bytes,
    filters: [{ name: t.pdfFilter, extensions: ['pdf'] }],
  });
  return result.saved;
}
