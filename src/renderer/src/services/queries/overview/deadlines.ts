// «Frister»: across calls, what falls due from today through the next `days` days, and what is
// already past its date and still open: application deadlines, meetings, acceptance deadlines (R11),
// payment terms, report due dates (R12), repayment deadlines (R13) and appeal deadlines (R16).
// Every status comes from the rule that owns it; this file only gathers and dates.
import type { AppDatabase } from '@renderer/data/db';
import { appealDeadlineOf, yearsAround } from '@renderer/domain/appeals/deadline';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import { addDays } from '@renderer/domain/decisions/deadlines';
import { letterStatus } from '@renderer/domain/decisions/letter-status';
import { isClaimOutstanding, repaymentStatus } from '@renderer/domain/repayments/settlement';
import { norwegianPublicHolidays } from '../../appeals/public-holidays';
import { loadPaymentsOverview } from '../payments-overview';
import { loadReportRows } from '../report-list';

export type DeadlineKind = 'soknadsfrist' | 'mote' | 'aksept' | 'utbetaling' | 'rapport' | 'tilbakebetaling' | 'klagefrist';

export interface Deadline {
  kind: DeadlineKind;
  date: string;
  /** The date is before today and the thing is still open. */
  overdue: boolean;
  /** Stable: the kind and the record it belongs to (calendar UIDs are made from it). */
  key: string;
  callId: string;
  callTitle: string;
  /** The application's title, or the call's for a call's own deadline. */
  title: string;
  organisationName: string;
  applicationId?: string;
  decisionId?: string;
  meetingId?: string;
}

export const DEFAULT_DEADLINE_DAYS = 14;

interface Window {
  today: string;
  horizon: string;
}

/** Dates up to the horizon: overdue ones included when `withOverdue`. */
function inWindow(date: string, w: Window, withOverdue: boolean): boolean {
  return date <= w.horizon && (withOverdue || date >= w.today);
}

function callDeadlines(calls: readonly Call[], w: Window): Deadline[] {
  return calls
    .filter((c) => (c.status === 'utkast' || c.status === 'apen') && inWindow(c.deadline, w, false))
    .map((c) => ({
      kind: 'soknadsfrist', date: c.deadline, overdue: false, key: `soknadsfrist:${c.id}`,
      callId: c.id, callTitle: c.title, title: c.title, organisationName: '',
    }));
}

async function meetingDeadlines(db: AppDatabase, callById: Map<string, Call>, w: Window): Promise<Deadline[]> {
  const meetings = await db.meetings.where('date').between(w.today, w.horizon, true, true).toArray();
  return meetings.flatMap((m): Deadline[] => {
    const call = callById.get(m.callId);
    if (!call || call.status === 'arkivert') return [];
    return [{ kind: 'mote', date: m.date, overdue: false, key: `mote:${m.id}`, callId: call.id, callTitle: call.title, title: call.title, organisationName: '', meetingId: m.id }];
  });
}

async function paymentDeadlines(db: AppDatabase, calls: readonly Call[], w: Window): Promise<Deadline[]> {
  const out: Deadline[] = [];
  for (const call of calls) {
    // Nothing changes in an archived call, so nothing there falls due.
    if (call.status === 'utkast' || call.status === 'apen' || call.status === 'arkivert') continue;
    const overview = await loadPaymentsOverview(db, call.id, w.today);
    if (!overview) continue;
    const base = { callId: call.id, callTitle: call.title };
    for (const g of overview.grants) {
      if (g.state.kind !== 'venter' || !inWindow(g.state.deadline, w, true)) continue;
      out.push({
        ...base, kind: 'aksept', date: g.state.deadline, overdue: g.state.overdue, key: `aksept:${g.decision.id}`,
        title: g.application.title, organisationName: g.organisationName, applicationId: g.application.id, decisionId: g.decision.id,
      });
    }
    for (const t of overview.terms) {
      // Only released terms have a payment to make; planned ones wait for the acceptance.
      if (!t.payment || t.state === 'utbetalt' || !inWindow(t.dueDate, w, true)) continue;
      out.push({
        ...base, kind: 'utbetaling', date: t.dueDate, overdue: t.dueDate < w.today, key: `utbetaling:${t.payment.id}`,
        title: t.grant.application.title, organisationName: t.grant.organisationName, applicationId: t.grant.application.id, decisionId: t.grant.decision.id,
      });
    }
  }
  return out;
}

async function reportDeadlines(db: AppDatabase, calls: readonly Call[], w: Window): Promise<Deadline[]> {
  const out: Deadline[] = [];
  // Archived calls are done with: only the others' grants are read, by their callId index (schema v22).
  const live = calls.filter((c) => c.status !== 'arkivert');
  const decisionIds = (await Promise.all(live.map((c) => db.decisions.where('callId').equals(c.id).primaryKeys()))).flat();
  if (decisionIds.length === 0) return out;
  for (const r of await loadReportRows(db, w.today, decisionIds)) {
    if (r.call.status === 'arkivert') continue;
    const base = { callId: r.call.id, callTitle: r.call.title, title: r.application.title, organisationName: r.organisationName, applicationId: r.application.id, decisionId: r.decision.id };
    // Not yet received (nor approved): due soon, overdue, or further ahead for a longer window.
    if ((r.status === 'forfalt' || r.status === 'forfaller_snart' || r.status === 'ikke_forfalt') && inWindow(r.dueDate, w, true)) {
      out.push({ ...base, kind: 'rapport', date: r.dueDate, overdue: r.status === 'forfalt', key: `rapport:${r.decision.id}` });
    }
    for (const claim of r.claims) {
      const status = repaymentStatus(claim, w.today);
      if (isClaimOutstanding(status) && inWindow(claim.deadline, w, true)) {
        out.push({ ...base, kind: 'tilbakebetaling', date: claim.deadline, overdue: status === 'forfalt', key: `tilbakebetaling:${claim.id}` });
      }
    }
  }
  return out;
}

/** The last day to appeal each current decision whose letter is sent (fvl. §§ 29–30, R16). */
async function appealDeadlines(db: AppDatabase, calls: readonly Call[], w: Window): Promise<Deadline[]> {
  const decided = calls.filter((c) => c.status === 'lukket' || c.status === 'vedtatt');
  const facts = await db.transaction('r', [db.applications, db.organisations, db.decisions, db.letterHeads], async () => {
    const rows = [];
    for (const call of decided) {
      const [applications, ofCall] = await Promise.all([
        db.applications.where('callId').equals(call.id).toArray(),
        db.decisions.where('callId').equals(call.id).toArray(),
      ]);
      const current = currentDecisions(ofCall);
      const decisions = [...current.values()];
      const letters = await db.letterHeads.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
      const organisations = new Map((await db.organisations.bulkGet(applications.map((a) => a.organisationId))).flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
      for (const application of applications) {
        const decision = current.get(application.id);
        const status = decision ? letterStatus(decision, letters) : undefined;
        if (decision && status?.kind === 'sent') {
          rows.push({ call, application, decision, sentDate: status.sentDate, organisationName: organisations.get(application.organisationId) ?? '' });
        }
      }
    }
    return rows;
  });
  if (facts.length === 0) return [];
  const inputs = facts.map((f) => ({ letterSentDate: f.sentDate, weeks: f.call.rules.appealDeadlineWeeks, postDays: f.call.rules.appealPostDays }));
  const isHoliday = await norwegianPublicHolidays([...new Set(inputs.flatMap(yearsAround))]);
  return facts.flatMap((f, i): Deadline[] => {
    const date = appealDeadlineOf(inputs[i]!, isHoliday).deadlineDate;
    if (!inWindow(date, w, false)) return [];
    return [{
      kind: 'klagefrist', date, overdue: false, key: `klagefrist:${f.decision.id}`, callId: f.call.id, callTitle: f.call.title,
      title: f.application.title, organisationName: f.organisationName, applicationId: f.application.id, decisionId: f.decision.id,
    }];
  });
}

const KIND_ORDER: readonly DeadlineKind[] = ['soknadsfrist', 'mote', 'klagefrist', 'aksept', 'utbetaling', 'rapport', 'tilbakebetaling'];

/** Overdue first (oldest first), then the coming days in date order. */
export async function collectDeadlines(db: AppDatabase, today: string, days = DEFAULT_DEADLINE_DAYS): Promise<Deadline[]> {
  const w: Window = { today, horizon: addDays(today, days) };
  const calls = await db.calls.toArray();
  const callById = new Map(calls.map((c) => [c.id, c]));
  const parts = await Promise.all([
    Promise.resolve(callDeadlines(calls, w)),
    meetingDeadlines(db, callById, w),
    paymentDeadlines(db, calls, w),
    reportDeadlines(db, calls, w),
    appealDeadlines(db, calls, w),
  ]);
  return parts
    .flat()
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.organisationName.localeCompare(b.organisationName, 'nb') ||
        a.key.localeCompare(b.key),
    );
}
