// «Utlysning i gang»: the call in progress (or another, chosen in the select) at a glance. The
// counts come from indexes and paint first; the money and the kinds need the call's applications
// read, and follow without holding the counts back.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { callStatusText } from '@renderer/i18n/form';
import { formatMoney } from '@renderer/i18n/format';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import { getCallFigures, type CallFigures as CallFiguresData } from '@renderer/services/queries/overview-figures/call-figures';
import { currentCallId, type OverviewCall } from '@renderer/services/queries/overview-figures/calls';
import { countScreeningResults } from '@renderer/services/queries/overview-figures/screening-counts';
import { countApplicationsByStatus } from '@renderer/services/queries/overview-figures/status-counts';
import { FigureCard } from './FigureCard';
import { KeyFigures } from './KeyFigures';
import { frameFigure, groupFigure, kindFigure, screeningFigure, statusFigure } from './call-figure-data';
import { preloadFigureChart } from './lazy-chart';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 2 } as const;

function CallMoneyAndKinds({ figures }: { figures: CallFiguresData | undefined }) {
  if (!figures) return <CenteredProgress label={t.loadingFigures} />;
  const repaid = figures.budget.total.repaidOre ?? 0;
  return (
    <>
      <Box sx={{ mb: 2 }}>
        <FigureCard
          title={t.frameTitle}
          lead={repaid > 0 ? `${t.frameLead} ${t.frameRepaid(formatMoney(repaid))}` : t.frameLead}
          data={frameFigure(figures.budget, figures.proposed)}
          height={280}
        />
      </Box>
      <Box sx={grid}>
        <FigureCard title={t.kindTitle} data={kindFigure(figures.counts)} />
        <FigureCard title={t.groupTitle} lead={t.groupLead} data={groupFigure(figures.counts)} horizontal />
      </Box>
    </>
  );
}

function CallCounts({ callId, onShown }: { callId: string; onShown: () => void }) {
  const counts = useLiveQuery(async () => {
    const db = getDb();
    const [status, screening] = await Promise.all([countApplicationsByStatus(db, callId), countScreeningResults(db, callId)]);
    return { callId, status, screening };
  }, [callId]);
  const ready = counts?.callId === callId;
  // Started only once the counts are in, so reading the call's applications does not delay them.
  const figures = useLiveQuery(() => (ready ? getCallFigures(getDb(), callId) : undefined), [callId, ready]);
  const left = figures?.call.id === callId ? figures.budget.total.leftOre : undefined;
  useEffect(() => {
    if (!ready) return;
    preloadFigureChart();
    onShown();
  }, [ready, onShown]);
  if (!counts || !ready) return <CenteredProgress label={t.loadingFigures} />;
  return (
    <>
      <KeyFigures status={counts.status} screening={counts.screening} leftOfFrame={left === undefined ? undefined : formatMoney(left)} />
      <Box sx={grid}>
        <FigureCard title={t.statusTitle} data={statusFigure(counts.status)} horizontal />
        <FigureCard title={t.screeningTitle} lead={t.screeningLead} data={screeningFigure(counts.screening)} />
      </Box>
      <CallMoneyAndKinds figures={figures?.call.id === callId ? figures : undefined} />
    </>
  );
}

export function CallFigures({ calls, onCountsShown }: { calls: OverviewCall[]; onCountsShown: () => void }) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const callId = chosen !== undefined && calls.some((c) => c.id === chosen) ? chosen : currentCallId(calls);
  return (
    <Box component="section" aria-labelledby="call-figures-title" sx={{ mb: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Typography id="call-figures-title" variant="h2" sx={{ flexGrow: 1 }}>
          {t.callTitle}
        </Typography>
        {callId ? (
          <TextField select size="small" label={t.callSelect} value={callId} onChange={(e) => setChosen(e.target.value)} sx={{ minWidth: 280, maxWidth: '100%' }}>
            {calls.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {t.callOption(c.year, c.title, callStatusText[c.status])}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
      </Box>
      {callId ? <CallCounts key={callId} callId={callId} onShown={onCountsShown} /> : <Typography color="text.secondary">{t.noCalls}</Typography>}
    </Box>
  );
}
