// What the Utbetalinger page shows for one call: every grant whose decision letter is sent (its
// acceptance state and money figures), every payment term (planned while waiting for acceptance,
// released, due, paid), and the applications where more is paid than the current decision grants.
import type { AppDatabase } from '@renderer/data/db';
import type { Acceptance } from '@renderer/domain/acceptance';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { caseReference } from '@renderer/domain/case-reference';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import { isDecisionLetterKind, isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import { osloDate } from '@renderer/domain/oslo-date';
import type { Payment, PaymentTerm } from '@renderer/domain/payment';
import { acceptanceState, type AcceptanceState } from '@renderer/domain/payments/acceptance-state';
import { grantTerms, overpaidOre, paidTotalOre, termState, type TermRowState } from '@renderer/domain/payments/grant-terms';
import { compareKeys, compareNb } from '@renderer/domain/collate';

export type { TermRowState } from '@renderer/domain/payments/grant-terms';

export interface GrantRow {
  decision: Decision;
  application: Application;
  organisationName: string;
  orgnr: string;
  accountNumber: string | undefined;
  reference: string;
  letterDate: string;
  sentDate: string;
  acceptance: Acceptance | undefined;
  state: AcceptanceState;
  reminderDates: string[];
  /** Paid under every decision of the application. */
  paidOre: number;
}

export interface TermRow {
  /** The payment id, or "<decisionId>:<term>" for a term still waiting for acceptance. */
  key: string;
  payment: Payment | undefined;
  grant: GrantRow;
  term: PaymentTerm;
  amountOre: number;
  dueDate: string;
  paidDate: string | undefined;
  state: TermRowState;
}

export interface ClaimBackRow {
  application: Application;
  organisationName: string;
  decision: Decision;
  paidOre: number;
  claimOre: number;
}

export interface PaymentsOverview {
  call: Call;
  grants: GrantRow[];
  terms: TermRow[];
  claims: ClaimBackRow[];
}

export async function loadPaymentsOverview(db: AppDatabase, callId: string, today: string): Promise<PaymentsOverview | null> {
  return db.transaction('r', [db.calls, db.applications, db.organisations, db.decisions, db.letterHeads, db.acceptances, db.payments], async () => {
    const call = await db.calls.get(callId);
    if (!call) return null;
    // The call's applications, decisions and payments, each one range on its callId index (schema
    // v22), put in the order a read by application and decision gave (ties in the sorts below keep it).
    const [applications, ofCall, paymentsOfCall] = await Promise.all([
      db.applications.where('callId').equals(callId).toArray(),
      db.decisions.where('callId').equals(callId).toArray(),
      db.payments.where('callId').equals(callId).toArray(),
    ]);
    const appById = new Map(applications.map((a) => [a.id, a]));
    const organisations = new Map(
      (await db.organisations.bulkGet([...new Set(applications.map((a) => a.organisationId))])).flatMap((o) => (o ? [[o.id, o] as const] : [])),
    );
    const decisions = ofCall.sort((a, b) => compareKeys(a.applicationId, b.applicationId) || compareKeys(a.id, b.id));
    const decisionIds = decisions.map((d) => d.id);
    const decisionById = new Map(decisions.map((d) => [d.id, d]));
    const current = currentDecisions(decisions);
    const sentLetter = new Map<string, { createdAt: string; sentDate: string }>();
    const reminders = new Map<string, string[]>();
    // One call's letter heads (schema v14): the PDFs are never read here.
    await db.letterHeads.where('decisionId').anyOf(decisionIds).each((l) => {
      if (isDecisionLetterKind(l.kind) && l.sentDate) {
        const known = sentLetter.get(l.decisionId);
        if (!known || l.createdAt < known.createdAt) sentLetter.set(l.decisionId, { createdAt: l.createdAt, sentDate: l.sentDate });
      }
      if (l.kind === 'aksept_purring') reminders.set(l.decisionId, [...(reminders.get(l.decisionId) ?? []), osloDate(l.createdAt)]);
    });
    const acceptanceOf = new Map((await db.acceptances.where('decisionId').anyOf(decisionIds).toArray()).map((a) => [a.decisionId, a]));
    const payments = paymentsOfCall.sort((a, b) => compareKeys(a.decisionId, b.decisionId) || compareKeys(a.id, b.id));
    const paymentsOfApp = new Map<string, Payment[]>();
    for (const p of payments) {
      const appId = decisionById.get(p.decisionId)?.applicationId ?? '';
      paymentsOfApp.set(appId, [...(paymentsOfApp.get(appId) ?? []), p]);
    }

    const grants: GrantRow[] = [];
    const terms: TermRow[] = [];
    const claims: ClaimBackRow[] = [];
    for (const [applicationId, decision] of current) {
      const application = appById.get(applicationId)!;
      const organisation = organisations.get(application.organisationId);
      const appPayments = paymentsOfApp.get(applicationId) ?? [];
      const paidOre = paidTotalOre(appPayments);
      const claimOre = overpaidOre(paidOre, decision.amountGrantedOre);
      if (claimOre > 0) claims.push({ application, organisationName: organisation?.name ?? '', decision, paidOre, claimOre });
      const letter = sentLetter.get(decision.id);
      if (!isGrantOutcome(decision.outcome) || !letter) continue;
      const letterDate = osloDate(letter.createdAt);
      const acceptance = acceptanceOf.get(decision.id);
      const reminderDates = (reminders.get(decision.id) ?? []).sort();
      const grant: GrantRow = {
        decision,
        application,
        organisationName: organisation?.name ?? '',
        orgnr: organisation?.orgnr ?? '',
        accountNumber: organisation?.accountNumber,
        reference: caseReference(call, application.id),
        letterDate,
        sentDate: letter.sentDate,
        acceptance,
        state: acceptanceState(letterDate, acceptance, today, reminderDates),
        reminderDates,
        paidOre,
      };
      grants.push(grant);
      // Terms paid under an earlier decision stay in the list as paid; unpaid ones of it are void.
      const own = appPayments.filter((p) => p.decisionId === decision.id || p.paidDate);
      for (const p of own) {
        terms.push({ key: p.id, payment: p, grant, term: p.term, amountOre: p.amountOre, dueDate: p.dueDate, paidDate: p.paidDate, state: termState(p, today) });
      }
      if (grant.state.kind === 'venter') {
        const paidBefore = paidTotalOre(appPayments.filter((p) => p.decisionId !== decision.id));
        for (const planned of grantTerms(decision.amountGrantedOre, call.rules, call.year, letterDate, paidBefore)) {
          terms.push({ key: `${decision.id}:${planned.term}`, payment: undefined, grant, term: planned.term, amountOre: planned.amountOre, dueDate: planned.dueDate, paidDate: undefined, state: 'venter_aksept' });
        }
      }
    }
    const byName = (a: { organisationName: string; application: Application }, b: typeof a) =>
      compareNb(a.organisationName, b.organisationName) || compareNb(a.application.title, b.application.title);
    grants.sort(byName);
    claims.sort(byName);
    terms.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || byName(a.grant, b.grant) || a.term - b.term);
    return { call, grants, terms, claims };
  });
}
