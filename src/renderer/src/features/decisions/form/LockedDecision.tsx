// A locked decision, read-only, with the way to change it: a new decision that refers to it.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/LockOutlined';
import { FactList } from '@renderer/components/form/FactList';
import type { Decision } from '@renderer/domain/decision';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { safetyText } from '@renderer/i18n/decision-safety';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

export function LockedDecision({ decision, sentDate, onChange }: { decision: Decision; sentDate: string | undefined; onChange: () => void }) {
  // Shown only when the grant is split over more than one sub-goal.
  const parts = Object.entries(decision.subGoalSplitOre ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const splitLine =
    decision.amountGrantedOre > 0 && parts.length > 1
      ? parts.map(([goal, ore]) => `${safetyText.splitGoal(goal)}: ${formatMoney(ore)}`).join(', ')
      : '';
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <LockIcon color="action" aria-hidden />
        <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {t.lockedTitle}
        </Typography>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
        {t.lockedLead(sentDate ?? decision.lockedAt?.slice(0, 10) ?? '')}
      </Typography>
      <FactList
        items={[
          [t.factOutcome, DECISION_OUTCOME_LABELS[decision.outcome]],
          [t.factGranted, formatMoney(decision.amountGrantedOre)],
          ...(splitLine ? [[safetyText.splitTitle, splitLine] as const] : []),
          [t.factDecidedAt, formatDate(decision.decidedAt)],
          [t.factDecidedBy, decision.decidedBy],
          [t.factJustification, decision.justification || t.emptyText],
          ...(decision.justificationNn ? ([[t.justificationNn, decision.justificationNn]] as const) : []),
          [t.factConditions, decision.conditions || t.emptyText],
        ]}
      />
      <Button variant="outlined" onClick={onChange} sx={{ mt: 3 }}>
        {t.changeLocked}
      </Button>
    </Box>
  );
}
