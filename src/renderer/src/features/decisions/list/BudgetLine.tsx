// The call's budget in one line: frame, granted so far and what is left (red when overspent).
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CallBudget } from '@renderer/domain/call-budget';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formatMoney } from '@renderer/i18n/format';

function Figure({ label, value, danger = false }: { label: string; value: string; danger?: boolean }) {
  return (
    <Box>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="dd"
        sx={{ m: 0, fontWeight: 600, fontSize: '1.15rem', fontVariantNumeric: 'tabular-nums', color: danger ? 'error.main' : undefined }}
      >
        {value}
      </Typography>
    </Box>
  );
}

export function BudgetLine({ budget }: { budget: CallBudget }) {
  const { total } = budget;
  const over = total.leftOre < 0;
  return (
    <Box component="section" aria-label={t.budgetLabel} sx={{ mb: 3 }}>
      <Box component="dl" sx={{ display: 'flex', gap: { xs: 3, sm: 6 }, flexWrap: 'wrap', m: 0 }}>
        <Figure label={t.budgetFrame} value={formatMoney(total.frameOre)} />
        <Figure label={t.budgetGranted} value={formatMoney(total.grantedOre)} />
        <Figure label={t.budgetLeft} value={formatMoney(total.leftOre)} danger={over} />
      </Box>
      {over ? (
        <Typography color="error" sx={{ mt: 1 }}>
          {t.budgetOver}
        </Typography>
      ) : null}
    </Box>
  );
}
