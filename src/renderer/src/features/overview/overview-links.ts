// Where each «Å gjøre» item and each deadline leads: the list it counts, already filtered, or the case.
import { areaPaths } from '@renderer/components/area-paths';
import type { Deadline } from '@renderer/services/queries/overview/deadlines';
import { appealPaths } from '../appeals/appeal-paths';
import { callPaths } from '../calls/call-paths';
import { decisionPaths } from '../decisions/decision-paths';
import { reportPaths } from '../reports/report-paths';

function withQuery(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query).toString()}`;
}

export const todoLinks = {
  applications: (callId: string, screening: 'ikke_vurdert' | 'skjonn') =>
    withQuery(areaPaths.applications, { utlysning: callId, screening, ventende: '1' }),
  assessment: (callId: string) => withQuery(areaPaths.assessment, { utlysning: callId }),
  decisions: (callId: string, letter?: 'mangler' | 'ikke_sendt' | 'innstilt') =>
    withQuery(areaPaths.decisions, letter ? { utlysning: callId, vis: letter } : { utlysning: callId }),
  payments: (callId: string, tab: 'aksept' | 'terminer', overdueOnly = false) =>
    withQuery(areaPaths.payments, overdueOnly ? { utlysning: callId, vis: tab, filter: 'forfalt' } : { utlysning: callId, vis: tab }),
  reports: (callId: string, status: 'forfaller_snart' | 'forfalt') => withQuery(areaPaths.reports, { utlysning: callId, status }),
  claims: (callId: string) => withQuery(areaPaths.reports, { utlysning: callId, krav: 'ubetalt' }),
  appeals: (callId: string) => withQuery(appealPaths.list(), { utlysning: callId, vis: 'apne' }),
};

/** The case a deadline belongs to. */
export function deadlineLink(d: Deadline): string {
  switch (d.kind) {
    case 'soknadsfrist':
      return callPaths.show(d.callId);
    case 'mote':
      return todoLinks.assessment(d.callId);
    case 'aksept':
      return todoLinks.payments(d.callId, 'aksept');
    case 'utbetaling':
      return todoLinks.payments(d.callId, 'terminer');
    case 'rapport':
      return reportPaths.report(d.decisionId ?? '');
    case 'tilbakebetaling':
      return `${reportPaths.report(d.decisionId ?? '')}#tilbakebetaling`;
    case 'klagefrist':
      return decisionPaths.decision(d.applicationId ?? '');
  }
}
