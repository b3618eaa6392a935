// One figure per sub-goal: the call page's per-sub-goal amounts (getCallBudget) are the ones the
// IMDi export gives, in each of its three files.
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import { GRANT_COLUMNS, buildImdiCsv, buildImdiJson, buildImdiXlsx } from '@renderer/documents/export';
import { collectImdiExport } from '@renderer/services/export';
import { getCallBudget } from '@renderer/services/call-budget';
import { decideApplication } from '@renderer/services/decisions';
import { createApplication } from '@renderer/services/applications';
import { testContext } from '../services/test-context';
import { KR, applicationInput, seedCallAndOrganisation } from '../services/applications.fixtures';

const GOALS = ['A', 'B', 'C'] as const;

async function decidedCall() {
  const ctx = testContext();
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const add = (title: string, patch: Parameters<typeof applicationInput>[2]) =>
    createApplication(ctx, applicationInput(callId, organisationId, { title, ...patch }));
  const project = await add('Prosjekt', { kind: 'prosjekt', subGoals: ['A', 'C'], amountAppliedOre: 195_000 * KR });
  const three = await add('Tre delmål', { subGoals: ['A', 'B', 'C'], amountAppliedOre: 10_001 * KR });
  const single = await add('Ett delmål', { subGoals: ['B'], amountAppliedOre: 40_000 * KR });
  await decideApplication(ctx, {
    applicationId: project.id,
    outcome: 'delvis_innvilget',
    amountGrantedOre: 145_000 * KR,
    justification: 'Redusert budsjett.',
    subGoalSplitOre: { A: 45_000 * KR, C: 100_000 * KR },
  });
  await decideApplication(ctx, { applicationId: three.id, outcome: 'innvilget' });
  await decideApplication(ctx, { applicationId: single.id, outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
  return { ctx, callId };
}

describe('per-sub-goal figures: call page and IMDi export', () => {
  it('are the same on the call page and in the XLSX, CSV and JSON files', async () => {
    const { ctx, callId } = await decidedCall();
    const budget = await getCallBudget(ctx.db, callId);
    const page = Object.fromEntries(
      GOALS.map((g) => [g, { applied: budget.bySubGoal[g].appliedOre / KR, granted: budget.bySubGoal[g].grantedOre / KR }]),
    );
    // The decision's own split, not equal halves: C gets 100 000 + 3 333.
    expect(page).toEqual({ A: { applied: 97_500 + 3_335, granted: 45_000 + 3_335 }, B: { applied: 40_000 + 3_333, granted: 3_333 }, C: { applied: 97_500 + 3_333, granted: 100_000 + 3_333 } });

    const data = await collectImdiExport(ctx.db, { year: 2020, municipalityId: '4601', today: '2020-12-01' });

    // JSON: the Sammendrag rows, and the Tildelinger columns summed.
    const json = JSON.parse(new TextDecoder().decode(buildImdiJson(data, new Date('2020-12-01T10:00:00Z')))) as typeof data;
    for (const g of GOALS) {
      const row = json.sammendrag.find((r) => r.delmal === g)!;
      expect([g, row.sokt_sum, row.innvilget_sum]).toEqual([g, page[g]!.applied, page[g]!.granted]);
      const column = `innvilget_${g.toLowerCase()}` as 'innvilget_a';
      expect(json.tildelinger.reduce((s, r) => s + r[column], 0)).toBe(page[g]!.granted);
    }

    // XLSX: the Sammendrag sheet as a reader sees it, and the Tildelinger columns.
    const xlsx = await buildImdiXlsx(data);
    const summary = await readSheet(xlsx.slice().buffer, 'Sammendrag');
    const header = summary[0] as string[];
    for (const g of GOALS) {
      const row = summary.find((r) => r[0] === g)!;
      expect([g, row[header.indexOf('sokt_sum')], row[header.indexOf('innvilget_sum')]]).toEqual([g, page[g]!.applied, page[g]!.granted]);
    }
    const grants = await readSheet(xlsx.slice().buffer, 'Tildelinger');
    for (const g of GOALS) {
      const col = (grants[0] as string[]).indexOf(`innvilget_${g.toLowerCase()}`);
      expect(grants.slice(1).reduce((s, r) => s + Number(r[col]), 0)).toBe(page[g]!.granted);
    }

    // CSV: the Tildelinger columns summed.
    const lines = new TextDecoder().decode(buildImdiCsv(data)).replace(/^\uFEFF/, '').trim().split('\r\n');
    const csvHeader = lines[0]!.split(';');
    expect(csvHeader).toEqual([...GRANT_COLUMNS]);
    for (const g of GOALS) {
      const col = csvHeader.indexOf(`innvilget_${g.toLowerCase()}`);
      expect(lines.slice(1).reduce((s, l) => s + Number(l.split(';')[col]), 0)).toBe(page[g]!.granted);
    }
  });
});
