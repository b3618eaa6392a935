// The call's rule settings as a plain list of facts, local limits only when set.
import { FactList } from '@renderer/components/form/FactList';
import type { CallRules } from '@renderer/domain/call';
import { DEFAULT_POST_DAYS } from '@renderer/domain/appeals/deadline';
import { callsText } from '@renderer/i18n/calls';
import { formatDate, formatMoney } from '@renderer/i18n/format';

export function CallRulesSummary({ rules }: { rules: CallRules }) {
  const items: [string, string][] = [
    [callsText.projectMax, formatMoney(rules.projectMaxOre)],
    [callsText.singleMeasureMin, formatMoney(rules.singleMeasureMinOre)],
    [callsText.splitPayment, formatMoney(rules.splitPaymentThresholdOre)],
    [callsText.auditThreshold, formatMoney(rules.auditThresholdOre)],
    [callsText.appealWeeks, callsText.weeks(rules.appealDeadlineWeeks)],
    [callsText.appealPostDays, callsText.postDays(rules.appealPostDays ?? DEFAULT_POST_DAYS)],
    [callsText.reportDue, formatDate(rules.reportDueDate)],
  ];
  if (rules.singleMeasureMaxOre !== undefined) {
    items.push([callsText.singleMeasureMax, formatMoney(rules.singleMeasureMaxOre)]);
  }
  if (rules.maxApplicationsPerOrganisation !== undefined) {
    items.push([callsText.maxPerOrganisation, String(rules.maxApplicationsPerOrganisation)]);
  }
  return <FactList items={items} />;
}
