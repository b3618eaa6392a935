// Everything «Å gjøre» shows for one call, read in parallel.
import type { AppDatabase } from '@renderer/data/db';
import { countOpenAppeals } from './appeal-todo';
import { countMissingAssessments, type AssessorTodo } from './assessment-todo';
import { countDecisionTodo, type DecisionTodo } from './decision-todo';
import { nextMeeting, type NextMeeting } from './meeting-todo';
import { countPaymentTodo, type PaymentTodo } from './payment-todo';
import { countReportTodo, type ReportTodo } from './report-todo';
import { countScreeningTodo, type ScreeningTodo } from './screening-todo';

export interface CallTodo extends ScreeningTodo, DecisionTodo, PaymentTodo, ReportTodo {
  callId: string;
  assessors: AssessorTodo[];
  nextMeeting: NextMeeting | null;
  appealsOpen: number;
}

export async function loadCallTodo(db: AppDatabase, callId: string, today: string): Promise<CallTodo> {
  const [screening, assessors, meeting, decisions, payments, reports, appealsOpen] = await Promise.all([
    countScreeningTodo(db, callId),
    countMissingAssessments(db, callId),
    nextMeeting(db, callId, today),
    countDecisionTodo(db, callId),
    countPaymentTodo(db, callId, today),
    countReportTodo(db, callId, today),
    countOpenAppeals(db, callId),
  ]);
  return { callId, ...screening, assessors, nextMeeting: meeting, ...decisions, ...payments, ...reports, appealsOpen };
}
