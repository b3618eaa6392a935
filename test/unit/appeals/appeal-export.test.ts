// The IMDi export's `klage` column follows the appeal records the services wrote, through the
// decision IMDi's reversal put in place of the appealed one.
import { describe, expect, it } from 'vitest';
import { collectImdiExport } from '@renderer/services/export/collect-export';
import { forwardToImdi, recordImdiOutcome, registerAppeal, upholdOnOwnReview } from '@renderer/services/appeals';
import { testContext } from '../services/test-context';
import { appealInput, seedSentDecision } from './appeal-fixtures';

describe('IMDi export: klage', () => {
  it('says nei, under behandling, oversendt IMDi and IMDi: omgjort as the case goes, with the new decision\'s amount', async () => {
    const ctx = testContext({ now: () => new Date('2020-05-20T10:00:00Z') });
    const { decisionId } = await seedSentDecision(ctx);
    const row = async () => (await collectImdiExport(ctx.db, { year: 2020, municipalityId: '4601', today: '2020-05-20' })).tildelinger[0]!;
    expect((await row()).klage).toBe('nei');
    const appeal = await registerAppeal(ctx, appealInput(decisionId));
    expect((await row()).klage).toBe('under behandling');
    await upholdOnOwnReview(ctx, appeal.id, { date: '2020-04-10', comment: 'Ingen nye opplysninger.' });
    await forwardToImdi(ctx, appeal.id, { date: '2020-04-12', language: 'nb', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect((await row()).klage).toBe('oversendt IMDi');
    await recordImdiOutcome(ctx, appeal.id, { outcome: 'omgjort', date: '2020-05-10', decision: { outcome: 'innvilget' } });
    expect(await row()).toMatchObject({ klage: 'IMDi: omgjort', vedtak: 'innvilget', innvilget_belop: 40_000, vedtaksdato: '2020-05-10' });
  });
});
