// A change log as a year of work leaves it: calls, organisations and applications edited field by
// field (money, dates, codes, long titles), written raw beside the generator's data. The hashes are
// placeholders: for pages that show the log, not for the chain check.
import type { Page } from '@playwright/test';
import { generateData } from '../../../fixtures/generator/applications';
import { putRows } from './raw-db';

const HASH = '0'.repeat(64);

export async function seedChangeHistory(page: Page, applications = 40): Promise<void> {
  const data = generateData({ applications, seed: 11 });
  const entries: unknown[] = [];
  const entry = (i: number, entity: string, entityId: string, action: string, before: unknown, after: unknown) =>
    entries.push({
      at: `2020-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:1${i % 6}:00.000Z`,
      actor: i % 3 ? 'Kari Nordmann' : 'Ola Kristoffersen-Haugland',
      entity, entityId, action, before, after, prevHash: HASH, hash: HASH,
    });
  entry(0, 'calls', data.call.id, 'opprettet', null, data.call);
  entry(1, 'calls', data.call.id, 'endret', data.call, { ...data.call, deadline: '2020-02-19', budgetFrameOre: data.call.budgetFrameOre + 250_000_00 });
  for (const [i, organisation] of data.organisations.slice(0, 5).entries()) {
    entry(2 + i, 'organisations', organisation.id, 'endret', organisation, { ...organisation, name: `${organisation.name} (nytt navn)`, accountNumber: '12345678903' });
  }
  for (const [i, application] of data.applications.entries()) {
    entry(10 + i, 'applications', application.id, 'opprettet', null, application);
    if (i % 2) continue;
    entry(11 + i, 'applications', application.id, 'endret', application, {
      ...application,
      amountAppliedOre: application.amountAppliedOre + 12_500_00,
      kind: application.kind === 'drift' ? 'prosjekt' : 'drift',
      subGoals: ['A', 'B', 'C'],
      status: 'under_behandling',
      periodTo: '2020-12-31',
    });
  }
  await putRows(page, { calls: [data.call], organisations: data.organisations, applications: data.applications, changeLog: entries });
}
