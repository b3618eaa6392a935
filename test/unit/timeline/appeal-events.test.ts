// The appeals' timeline events for one application, read from the records the services wrote.
import { describe, expect, it } from 'vitest';
import { forwardToImdi, recordImdiOutcome, registerAppeal, upholdOnOwnReview } from '@renderer/services/appeals';
import { appealEvents } from '@renderer/services/queries/timeline/appeals';
import { testContext } from '../services/test-context';
import { appealInput, seedSentDecision } from '../appeals/appeal-fixtures';

describe('appealEvents', () => {
  it('gives received, reviewed, forwarded and IMDi outcome, only for the application asked about', async () => {
    const ctx = testContext({ now: () => new Date('2020-05-20T10:00:00Z') });
    const { decisionId, applicationId } = await seedSentDecision(ctx, '2020-03-16');
    expect(await appealEvents(ctx.db, applicationId)).toEqual([]);
    const appeal = await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-15', postedDate: '2020-04-14' }));
    await upholdOnOwnReview(ctx, appeal.id, { date: '2020-04-20', comment: 'Ingen nye opplysninger.' });
    await forwardToImdi(ctx, appeal.id, { date: '2020-04-22', language: 'nb', bytes: new Uint8Array([37, 80, 68, 70]) });
    await recordImdiOutcome(ctx, appeal.id, { outcome: 'opprettholdt', date: '2020-05-15' });

    expect(await appealEvents(ctx.db, applicationId)).toEqual([
      { date: '2020-04-15', stage: 'klage', label: 'Klage mottatt fra Bergen Røde Kors v/ styreleder', detail: 'Innen klagefristen (frist 14.04.2020)' },
      { date: '2020-04-20', stage: 'klage', label: 'Kommunen opprettholdt vedtaket etter klagen', detail: 'Ingen nye opplysninger.' },
      { date: '2020-04-22', stage: 'klage', label: 'Klagen sendt til IMDi' },
      { date: '2020-05-15', stage: 'klage', label: 'IMDi stadfestet vedtaket' },
    ]);
    expect(await appealEvents(ctx.db, 'annen-soknad')).toEqual([]);
  });

  it('says when an appeal came late and whether it is considered', async () => {
    const ctx = testContext({ now: () => new Date('2020-05-20T10:00:00Z') });
    const { decisionId, applicationId } = await seedSentDecision(ctx, '2020-03-16');
    await registerAppeal(ctx, appealInput(decisionId, { receivedDate: '2020-04-16', appellant: 'Advokat Hansen' }));
    const [received] = await appealEvents(ctx.db, applicationId);
    expect(received).toMatchObject({ label: 'Klage mottatt fra Advokat Hansen', detail: 'Etter klagefristen (frist 14.04.2020)' });
  });
});
