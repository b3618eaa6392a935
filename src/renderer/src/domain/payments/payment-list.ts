// The payment list for the municipality's finance department: one row per term to pay, a sum row,
// and the terms that cannot go (missing or invalid kontonummer) with the reason, so the rest can.
import { accountNumberProblem, formatOrgnr, normaliseAccountNumber } from '../identifiers';

export interface PaymentListCandidate {
  paymentId: string;
  orgnr: string;
  organisation: string;
  accountNumber: string | undefined;
  amountOre: number;
  reference: string;
  dueDate: string;
  term: 1 | 2;
}

export interface PaymentListRow extends PaymentListCandidate {
  accountNumber: string;
}

export interface StoppedRow {
  candidate: PaymentListCandidate;
  reason: string;
}

export interface PaymentList {
  rows: PaymentListRow[];
  stopped: StoppedRow[];
  totalOre: number;
}

export function buildPaymentList(candidates: readonly PaymentListCandidate[]): PaymentList {
  const rows: PaymentListRow[] = [];
  const stopped: StoppedRow[] = [];
  for (const c of candidates) {
    const account = c.accountNumber?.trim() ?? '';
    const problem = account === '' ? 'Kontonummer mangler.' : accountNumberProblem(account);
    if (problem) {
      stopped.push({ candidate: c, reason: `${c.organisation} (org.nr. ${formatOrgnr(c.orgnr)}), termin ${c.term}: ${problem} Rett kontonummeret på organisasjonen.` });
    } else {
      rows.push({ ...c, accountNumber: normaliseAccountNumber(account) });
    }
  }
  return { rows, stopped, totalOre: rows.reduce((sum, r) => sum + r.amountOre, 0) };
}
