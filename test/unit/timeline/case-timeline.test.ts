// The case timeline (Saksgang): every source merged, oldest first, in the order the case runs.
import { describe, expect, it } from 'vitest';
import { recordAcceptance, recordLapse } from '@renderer/services/acceptance';
import { saveAcceptanceReminder } from '@renderer/services/acceptance/reminders';
import { markTermsPaid } from '@renderer/services/payments/mark-paid';
import { caseTimeline, sortTimeline, type TimelineSource } from '@renderer/services/queries/timeline';
import { testContext } from '../services/test-context';
import { seedSentGrant } from '../payments/grant-fixtures';

describe('caseTimeline', () => {
  it('runs received → screened → decided → letter sent → accepted → paid', async () => {
    const ctx = testContext();
    const { applicationId, decisionId } = await seedSentGrant(ctx);
    const { released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    await markTermsPaid(ctx, released.map((p) => p.id), '2020-03-25');

    const events = (await caseTimeline(ctx.db, applicationId)).map((e) => [e.date, e.stage, e.label.replace(/\u00a0/g, ' ')]);
    expect(events).toEqual([
      ['2020-02-01', 'mottatt', 'Søknaden mottatt'],
      ['2020-03-01', 'vurdert_formelt', 'Formelt vurdert: trenger skjønn'],
      ['2020-03-01', 'vedtatt', 'Vedtak: innvilget, kr 40 000'],
      ['2020-03-01', 'brev', 'Vedtaksbrev sendt (innvilgelse)'],
      ['2020-03-10', 'akseptert', 'Vilkårene akseptert'],
      ['2020-03-25', 'utbetalt', 'Utbetalt termin 1: kr 20 000'],
      ['2020-03-25', 'utbetalt', 'Utbetalt termin 2: kr 20 000'],
    ]);
  });

  it('merges further sources by date, then by the stage’s place in the case', async () => {
    const ctx = testContext();
    const { applicationId } = await seedSentGrant(ctx);
    const appeal: TimelineSource = async () => [{ date: '2020-03-05', stage: 'klage', label: 'Klage mottatt' }];
    const report: TimelineSource = async () => [{ date: '2020-03-01', stage: 'rapport', label: 'Rapport' }];
    const events = await caseTimeline(ctx.db, applicationId, [appeal, report]);
    expect(events.map((e) => e.label)).toEqual(['Rapport', 'Klage mottatt']);
    // A timestamp sorts with the plain dates of its day.
    expect(
      sortTimeline([
        { date: '2020-03-02', stage: 'mottatt', label: 'b' },
        { date: '2020-03-01T23:00:00Z', stage: 'brev', label: 'a' },
        { date: '2020-03-01', stage: 'vedtatt', label: 'c' },
      ]).map((e) => e.label),
    ).toEqual(['c', 'a', 'b']);
  });
});

describe('caseTimeline for a grant without acceptance', () => {
  it('shows the reminder and the lapse', async () => {
    let now = '2020-03-01T10:00:00Z';
    const ctx = testContext({ now: () => new Date(now) });
    const { applicationId, decisionId } = await seedSentGrant(ctx);
    now = '2020-03-25T10:00:00Z';
    await saveAcceptanceReminder(ctx, { decisionId, language: 'nb', bytes: new TextEncoder().encode('%PDF purring') });
    await recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-04-09', note: 'Ingen svar på purringen' });
    const events = (await caseTimeline(ctx.db, applicationId)).slice(-2);
    expect(events).toEqual([
      { date: '2020-03-25', stage: 'brev', label: 'Purring på aksept laget', detail: 'bokmål' },
      { date: '2020-04-09', stage: 'akseptert', label: 'Tilskuddet falt bort: aksepten kom ikke', detail: 'Ingen svar på purringen' },
    ]);
  });
});
