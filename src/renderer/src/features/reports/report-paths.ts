// Paths of the Rapportering area. The case page of a grant is keyed by its (current) decision id;
// #tilbakebetaling jumps to its repayment claims (e.g. from a payments view).
import { areaPaths } from '@renderer/components/area-paths';

export const reportPaths = {
  list: areaPaths.reports,
  report: (decisionId: string) => `${areaPaths.reports}/${encodeURIComponent(decisionId)}`,
};
