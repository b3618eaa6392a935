// The frame in total and per sub-goal (R10): used and left, with a bar each; red when over.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CallBudget } from '@renderer/domain/call-budget';
import { SUB_GOALS } from '@renderer/domain/call-budget';
import { formatMoney } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';

function Row({ label, used, frame, large }: { label: string; used: number; frame: number | undefined; large: boolean }) {
  const over = frame !== undefined && used > frame;
  const share = frame ? Math.min(100, (used / frame) * 100) : 0;
  return (
    <Box sx={{ minWidth: large ? 260 : 200, flex: '1 1 0' }}>
      <Typography component="dt" sx={{ fontWeight: 600, fontSize: large ? '1.15rem' : undefined }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontVariantNumeric: 'tabular-nums', fontSize: large ? '1.1rem' : undefined }}>
        {t.frameOf(used, frame)}
        {frame !== undefined ? (
          <Box component="span" sx={{ display: 'block', color: over ? 'error.main' : 'text.secondary', fontWeight: over ? 700 : 400 }}>
            {over ? `${t.frameOver}: ${formatMoney(used - frame)}` : `${t.frameLeft} ${formatMoney(frame - used)}`}
          </Box>
        ) : null}
        {frame !== undefined ? (
          <Box aria-hidden sx={{ mt: 0.5, height: large ? 10 : 6, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}>
            <Box sx={{ width: `${share}%`, height: '100%', bgcolor: over ? 'error.main' : 'primary.main' }} />
          </Box>
        ) : null}
      </Typography>
    </Box>
  );
}

export function FrameBar({ budget, large = false, label = t.frameLabel }: { budget: CallBudget; large?: boolean; label?: string }) {
  const goals = SUB_GOALS.filter((g) => budget.bySubGoal[g].frameOre !== undefined || budget.bySubGoal[g].applicationCount > 0);
  return (
    <Box component="section" aria-label={label}>
      <Box component="dl" sx={{ display: 'flex', gap: large ? 5 : 3, flexWrap: 'wrap', m: 0 }}>
        <Row label={t.frameTotal} used={budget.total.grantedOre} frame={budget.total.frameOre} large={large} />
        {goals.map((g) => (
          <Row key={g} label={t.frameSubGoal(g)} used={budget.bySubGoal[g].grantedOre} frame={budget.bySubGoal[g].frameOre} large={large} />
        ))}
      </Box>
    </Box>
  );
}
