// A bigger year than the Bergen fixture: enough decided applications that the export reads its
// rows by span (data/read-keys.ts), with last year's rows lying between them in every table.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { defaultCallRules, type Call } from '@renderer/domain/call';
import type { Application } from '@renderer/domain/application';
import type { Decision } from '@renderer/domain/decision';
import type { Organisation } from '@renderer/domain/organisation';
import type { Payment } from '@renderer/domain/payment';
import { collectImdiExport } from '@renderer/services/export';

const at = '2020-01-10T08:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });
const pad = (i: number) => String(i).padStart(3, '0');
const call = (id: string, year: number): Call => ({
  ...meta(id), year, title: `Tilskudd ${year}`, municipalityId: '4601', deadline: `${year}-03-15`,
  budgetFrameOre: 100_000_000, status: 'vedtatt', rules: defaultCallRules(year),
});
// Names where byte order, case-sensitive order and Norwegian order all disagree.
const NAMES = ['Åsane lag', 'Østre ring', 'Ærlig talt', 'Zebra', 'lag 10', 'Lag 2', 'Lag 1', 'éncore', 'Aktiv'];
const NORWEGIAN_ORDER = ['Aktiv', 'éncore', 'Lag 1', 'Lag 2', 'lag 10', 'Zebra', 'Ærlig talt', 'Østre ring', 'Åsane lag'];
const N = 45;

async function seedTwoYears(name: string) {
  const db = openDatabase(name);
  await db.calls.bulkAdd([call('call-2020', 2020), call('call-2019', 2019)]);
  const orgs: Organisation[] = [];
  const apps: Application[] = [];
  const decisions: Decision[] = [];
  const payments: Payment[] = [];
  for (let i = 0; i < N; i++) {
    for (const year of [2020, 2019]) {
      // Last year's rows sort between this year's in every key: x-000-2019 between x-000-2020 and x-001-2020.
      const key = `${pad(i)}-${year === 2020 ? 'a' : 'b'}`;
      orgs.push({
        ...meta(`org-${key}`), orgnr: String(900_000_000 + i * 2 + (year === 2020 ? 0 : 1)),
        name: `${NAMES[i % NAMES.length]!}${year === 2019 ? ' (2019)' : ''}`, registeredInFrivillighetsregisteret: true, kind: 'frivillig',
      });
      apps.push({
        ...meta(`app-${key}`), callId: `call-${year}`, organisationId: `org-${key}`, title: `Tiltak ${Math.floor(i / NAMES.length) + 1}`,
        description: '', kind: 'aktivitet', subGoals: ['A'], targetGroups: ['flyktninger'], amountAppliedOre: 1_000_000,
        budgetLines: [], location: 'norge', imdiSameActivity: false, receptionCentre: false, receivedDate: `${year}-02-01`, status: 'vedtatt',
      });
      // The first decision is superseded by a second for every third application.
      const first: Decision = {
        ...meta(`dec-${key}-1`), applicationId: `app-${key}`, callId: `call-${year}`, outcome: 'innvilget', amountAppliedOre: 1_000_000,
        amountGrantedOre: 1_000_000, justification: '', conditions: '', decidedAt: `${year}-04-01`, decidedBy: 'Kari',
      };
      decisions.push(first);
      payments.push({ ...meta(`pay-${key}-1`), decisionId: first.id, callId: `call-${year}`, term: 1, amountOre: 400_000, dueDate: `${year}-05-01`, paidDate: `${year}-05-02` });
      if (i % 3 === 0) {
        decisions.push({ ...first, id: `dec-${key}-2`, amountGrantedOre: 800_000, supersedesDecisionId: first.id, decidedAt: `${year}-06-01` });
        payments.push({ ...meta(`pay-${key}-2`), decisionId: `dec-${key}-2`, callId: `call-${year}`, term: 2, amountOre: 100_000, dueDate: `${year}-07-01`, paidDate: `${year}-07-02` });
      }
    }
  }
  await db.organisations.bulkAdd(orgs);
  await db.applications.bulkAdd(apps);
  await db.decisions.bulkAdd(decisions);
  await db.payments.bulkAdd(payments);
  return db;
}

describe('collectImdiExport at the size of a real year', () => {
  it('has the year\'s applications only, by organisation in Norwegian order (æ ø å last, numbers by value), then title', async () => {
    const db = await seedTwoYears('eksport-rekkefolge');
    const data = await collectImdiExport(db, { year: 2020, municipalityId: '4601', today: '2020-12-01' });
    expect(data.tildelinger).toHaveLength(N);
    const names = data.tildelinger.map((r) => r.organisasjon);
    expect([...new Set(names)]).toEqual(NORWEGIAN_ORDER);
    // Five applications per name: their titles in number order, Tiltak 2 before Tiltak 10 would be.
    const aktiv = data.tildelinger.filter((r) => r.organisasjon === 'Aktiv').map((r) => r.tittel);
    expect(aktiv).toEqual(['Tiltak 1', 'Tiltak 2', 'Tiltak 3', 'Tiltak 4', 'Tiltak 5']);
  });

  it('takes the current decision and every payment made under the decisions of each application, none of last year\'s', async () => {
    const db = await seedTwoYears('eksport-storrelse');
    const data = await collectImdiExport(db, { year: 2020, municipalityId: '4601', today: '2020-12-01' });
    const changed = Math.ceil(N / 3);
    expect(data.tildelinger.filter((r) => r.innvilget_belop === 8_000)).toHaveLength(changed);
    expect(data.tildelinger.filter((r) => r.utbetalt_belop === 5_000)).toHaveLength(changed);
    expect(data.tildelinger.every((r) => r.vedtaksdato.startsWith('2020') && !r.organisasjon.includes('2019'))).toBe(true);
    expect(data.sammendrag.at(-1)).toMatchObject({ soknader: N, innvilget_sum: (N - changed) * 10_000 + changed * 8_000, utbetalt_sum: N * 4_000 + changed * 1_000 });
  });
});
