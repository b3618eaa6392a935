// What the letter will say about payment, reporting and audit for this amount (R11, R12),
// computed by the same domain rules the letter uses.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Call } from '@renderer/domain/call';
import type { DecisionOutcome } from '@renderer/domain/decision';
import { acceptanceDeadline } from '@renderer/domain/decisions/deadlines';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import { isAuditRequired, reportDueDate } from '@renderer/domain/decisions/obligations';
import { paymentPlan } from '@renderer/domain/decisions/payment-plan';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { todayInOslo } from '@renderer/domain/oslo-date';

interface Props {
  call: Pick<Call, 'year' | 'rules'>;
  outcome: DecisionOutcome | undefined;
  grantedOre: number | undefined;
}

export function obligationLines({ call, outcome, grantedOre }: Props, today = todayInOslo()): string[] {
  if (!outcome || !isGrantOutcome(outcome) || grantedOre === undefined || !Number.isFinite(grantedOre) || grantedOre <= 0) return [];
  const accept = acceptanceDeadline(today);
  const plan = paymentPlan(grantedOre, call.rules, call.year, accept);
  const lines =
    plan.length > 1
      ? [
          t.paymentTwo(call.rules.splitPaymentThresholdOre),
          t.paymentSpring(plan[0]!.amountOre, plan[0]!.dueDate),
          t.paymentAutumn(plan[1]!.amountOre, plan[1]!.dueDate),
        ]
      : [t.paymentOne(grantedOre), t.acceptanceNote(accept)];
  lines.push(t.reportDue(reportDueDate(call.rules)));
  lines.push(
    isAuditRequired(grantedOre, call.rules)
      ? t.auditRequired(call.rules.auditThresholdOre)
      : t.auditNotRequired(call.rules.auditThresholdOre),
  );
  return lines;
}

export function ObligationsPreview(props: Props) {
  const lines = obligationLines(props);
  return (
    <Box component="section" aria-labelledby="obligations-title" sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Typography id="obligations-title" variant="h3" sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
        {t.obligationsTitle}
      </Typography>
      {lines.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t.noObligations}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5, '& li': { mb: 0.5 } }}>
          {lines.map((line) => (
            <Typography component="li" variant="body2" key={line}>
              {line}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
