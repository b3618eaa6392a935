// The call's key counts in large type: read from indexes, so they are on screen at once.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatNumber } from '@renderer/i18n/format';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import type { ScreeningCounts } from '@renderer/services/queries/overview-figures/screening-counts';
import type { StatusCounts } from '@renderer/services/queries/overview-figures/status-counts';

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Box sx={{ minWidth: 150, flex: '1 1 0' }}>
      <Typography component="dt" color="text.secondary" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontSize: '1.75rem', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {value}
        {note ? (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block', fontSize: '0.8rem', fontWeight: 400 }}>
            {note}
          </Typography>
        ) : null}
      </Typography>
    </Box>
  );
}

export function KeyFigures({ status, screening, leftOfFrame }: { status: StatusCounts; screening: ScreeningCounts; leftOfFrame: string | undefined }) {
  const applications = Object.values(status).reduce((a, b) => a + b, 0) - status.trukket;
  return (
    <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, m: 0, mb: 3 }}>
      <Figure label={t.keyApplications} value={formatNumber(applications)} note={t.keyApplicationsNote} />
      <Figure label={t.keyDecided} value={formatNumber(status.vedtatt)} />
      <Figure label={t.keyNotScreened} value={formatNumber(screening.ikke_vurdert)} />
      <Figure label={t.keyJudgement} value={formatNumber(screening.skjonn)} />
      <Figure label={t.keyLeft} value={leftOfFrame ?? '…'} />
    </Box>
  );
}
