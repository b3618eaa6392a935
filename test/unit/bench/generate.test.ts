// The bench's data generator: rows the program itself would accept, a change log that verifies,
// the same data for the same seed, and the proportions the bench claims.
import { describe, expect, it } from 'vitest';
import { createChainVerifier, sha256HexSync, type ChainedEntry } from '@renderer/domain/change-log-chain';
import { BACKUP_ROW_SCHEMAS, type BackupTable } from '@renderer/services/backup/backup-tables';
import { TINY_SIZE, generateBenchData, generateImportRows } from '../../../scripts/bench/generate';

const data = generateBenchData(TINY_SIZE);

describe('bench data generator', () => {
  it('makes rows every table schema accepts', () => {
    for (const [table, rows] of Object.entries(data)) {
      if (table === 'screeningSummaries') continue;
      const schema = BACKUP_ROW_SCHEMAS[table as BackupTable];
      for (const row of rows as unknown[]) {
        const parsed = schema.safeParse(row);
        expect(parsed.success ? '' : `${table}: ${parsed.error.message}`).toBe('');
      }
    }
  });

  it('chains a change log that verifies, one entry or more for every row it created', () => {
    const verifier = createChainVerifier();
    for (const entry of data.changeLog) verifier.push(entry as ChainedEntry);
    expect(verifier.result()).toEqual({ ok: true, count: data.changeLog.length });
    const created = data.changeLog.filter((e) => e.action === 'opprettet').length;
    const rows = Object.entries(data).filter(([t]) => t !== 'changeLog' && t !== 'screeningSummaries').reduce((n, [, r]) => n + r.length, 0);
    expect(created).toBe(rows);
  });

  it('spreads the applications over ten calls, the open ones in the current one, with distinct titles', () => {
    expect(data.calls).toHaveLength(10);
    expect(data.applications).toHaveLength(TINY_SIZE.openInCurrentCall + 9 * Math.floor((TINY_SIZE.applications - TINY_SIZE.openInCurrentCall) / 9));
    const open = data.applications.filter((a) => a.callId === 'call-2025');
    expect(open).toHaveLength(TINY_SIZE.openInCurrentCall);
    expect(open.every((a) => a.status === 'mottatt' || a.status === 'under_behandling')).toBe(true);
    expect(new Set(data.applications.map((a) => a.title)).size).toBe(data.applications.length);
    expect(data.decisions.length).toBeGreaterThan(0);
    expect(data.payments.length).toBeGreaterThan(0);
    expect(data.reports.length).toBeGreaterThan(0);
  });

  it('writes letters as PDFs whose checksum matches their bytes', () => {
    expect(data.letters).toHaveLength(data.decisions.length);
    for (const letter of data.letters) {
      expect(new TextDecoder().decode(letter.bytes.slice(0, 8))).toBe('%PDF-1.4');
      expect(letter.sha256).toBe(sha256HexSync(letter.bytes));
    }
    expect(Math.max(...data.letters.map((l) => l.bytes.byteLength))).toBeGreaterThan(50_000);
  });

  it('has every grant accepted or lapsed, and pays and follows up only the accepted ones (R11)', () => {
    // Enough closed applications that a 3 % share of lapses shows.
    const data = generateBenchData({ ...TINY_SIZE, applications: 300 + 1_800, changeLog: false });
    const grants = data.decisions.filter((d) => d.amountGrantedOre > 0);
    const byDecision = new Map(data.acceptances.map((a) => [a.decisionId, a]));
    expect(data.acceptances).toHaveLength(grants.length);
    expect(grants.every((d) => byDecision.has(d.id))).toBe(true);
    const lapsed = new Set(data.acceptances.filter((a) => a.status === 'bortfalt').map((a) => a.decisionId));
    expect(lapsed.size).toBeGreaterThan(0);
    expect(lapsed.size).toBeLessThan(grants.length / 10);
    expect([...data.payments, ...data.reports].filter((r) => lapsed.has(r.decisionId))).toEqual([]);
    const decided = new Map(data.decisions.map((d) => [d.id, d.decidedAt]));
    for (const p of data.payments) {
      const accepted = byDecision.get(p.decisionId)!;
      expect(accepted.receivedDate! >= decided.get(p.decisionId)!).toBe(true);
      expect(p.createdAt).toBe(accepted.createdAt);
    }
  });

  it('gives the same data for the same seed, and import rows naming known and new organisations', () => {
    expect(generateBenchData(TINY_SIZE).changeLog.at(-1)?.hash).toBe(data.changeLog.at(-1)?.hash);
    const rows = generateImportRows(data, 60);
    const known = new Set(data.organisations.map((o) => o.orgnr));
    expect(rows.some((r) => known.has(r.organisation.orgnr))).toBe(true);
    expect(rows.some((r) => !known.has(r.organisation.orgnr))).toBe(true);
  });

  it('sizes each closed call as asked, repeats an organisation\'s earlier titles at the share asked, and can leave the log out', () => {
    const closedCalls = [5, 5, 5, 5, 60, 5, 5, 5, 5];
    const size = { ...TINY_SIZE, applications: 300 + 100, openInCurrentCall: 300, closedCalls, repeatedTitleShare: 0.3, changeLog: false };
    const sized = generateBenchData(size);
    const perCall = new Map<string, number>();
    for (const a of sized.applications) perCall.set(a.callId, (perCall.get(a.callId) ?? 0) + 1);
    expect([...perCall.entries()].sort()).toEqual([...closedCalls.map((n, i) => [`call-${2016 + i}`, n] as const), ['call-2025', 300]].sort());
    expect(sized.changeLog).toEqual([]);
    // Every repeated title is the same organisation's, from an earlier application.
    const firstOf = new Map<string, { organisationId: string; index: number }>();
    let repeated = 0;
    sized.applications.forEach((a, index) => {
      const first = firstOf.get(a.title);
      if (!first) return void firstOf.set(a.title, { organisationId: a.organisationId, index });
      repeated++;
      expect(first.organisationId).toBe(a.organisationId);
    });
    expect(repeated / sized.applications.length).toBeGreaterThan(0.15);
    expect(repeated / sized.applications.length).toBeLessThan(0.3);
  });

  it('gives UUID-shaped ids, each once, that the rows referring to them name, scattered over the id space', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const all = Object.entries(data).flatMap(([table, rows]) => (table === 'changeLog' || table === 'calls' || table === 'screeningSummaries' ? [] : (rows as { id: string }[]).map((r) => r.id)));
    expect(all.filter((id) => !uuid.test(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    const applications = new Set(data.applications.map((a) => a.id));
    const decisions = new Set(data.decisions.map((d) => d.id));
    expect(data.applications.every((a) => data.organisations.some((o) => o.id === a.organisationId))).toBe(true);
    expect([...data.decisions, ...data.screenings].every((r) => applications.has(r.applicationId))).toBe(true);
    expect([...data.letters, ...data.acceptances, ...data.payments, ...data.reports].every((r) => decisions.has(r.decisionId))).toBe(true);
    // A closed call's few applications span most of the applications in id order, as on an officer's PC.
    const sorted = [...applications].sort();
    const ofCall = data.applications.filter((a) => a.callId === 'call-2016').map((a) => sorted.indexOf(a.id));
    expect(ofCall.length).toBeGreaterThan(5);
    expect(Math.max(...ofCall) - Math.min(...ofCall)).toBeGreaterThan(sorted.length / 2);
  });

  it('leaves the default data unchanged by the options it was not given', () => {
    const same = generateBenchData({ ...TINY_SIZE, changeLog: true, repeatedTitleShare: 0 });
    expect(same.changeLog.at(-1)?.hash).toBe(data.changeLog.at(-1)?.hash);
    expect(same.applications.map((a) => a.title)).toEqual(data.applications.map((a) => a.title));
  });
});
