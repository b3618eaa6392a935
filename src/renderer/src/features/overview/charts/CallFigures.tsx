// «Utlysning i gang»: the call chosen at the top of Oversikt at a glance. The
// counts come from indexes and paint first; the money and the kinds need the call's applications
// read, and follow without holding the counts back.
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { afterStartup } from '@renderer/components/after-startup';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { CALL_STATUS_LABELS } from '@renderer/domain/vocabulary';
import { formatMoney } from '@renderer/i18n/format';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import type { CallFigures as CallFiguresData } from '@renderer/services/queries/overview-figures/call-figures';
import { readOverview } from '@renderer/services/queries/overview-reads/client';
import type { OverviewFirstView } from '@renderer/services/queries/overview-figures/first-view';
import { FigureCard } from './FigureCard';
import { KeyFigures } from './KeyFigures';
import { frameFigure, groupFigure, kindFigure, screeningFigure, statusFigure } from './call-figure-data';
import { afterNextPaint } from '@renderer/features/applications/list/perf-marks';
import { preloadFigureChart } from './lazy-chart';
import { OVERVIEW_COUNTS_MARK } from './perf-marks';
import { useRead } from '../use-overview-data';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, mb: 2 } as const;

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

/**
 * False until the counts are painted (marked then) and the main thread is next idle: the shell's
 * own idle work (loading the applications list, see after-startup.ts) goes first, so a click on
 * Søknader right after the counts finds the list loaded rather than queued behind Oversikt's reads.
 */
function useCountsPainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let current = true;
    let cancelIdle: (() => void) | undefined;
    void afterNextPaint().then(() => {
      if (!current) return;
      performance.mark(OVERVIEW_COUNTS_MARK);
      cancelIdle = afterStartup(() => setPainted(true));
    });
    return () => {
      current = false;
      cancelIdle?.();
    };
  }, []);
  return painted;
}

function CallCounts({ callId, counts, onShown }: { callId: string; counts: NonNullable<OverviewFirstView['counts']>; onShown: () => void }) {
  // Everything else (the call's applications read, the charts' code, the to-do list, the deadlines
  // and the years) starts once the counts are painted: started in the same frame, it held them back.
  const painted = useCountsPainted();
  const figures = useRead(painted ? `call-figures:${callId}` : 'call-figures:waiting', () =>
    painted ? readOverview(getDb(), { kind: 'call-figures', callId }) : new Promise<CallFiguresData>(() => {}),
  );
  const current = figures?.call.id === callId ? figures : undefined;
  useEffect(() => {
    if (!painted) return;
    preloadFigureChart();
    onShown();
  }, [painted, onShown]);
  return (
    <>
      <KeyFigures status={counts.status} screening={counts.screening} leftOfFrame={current ? formatMoney(current.budget.total.leftOre) : undefined} />
      <Box sx={grid}>
        <FigureCard title={t.statusTitle} data={statusFigure(counts.status)} horizontal />
        <FigureCard title={t.screeningTitle} lead={t.screeningLead} data={screeningFigure(counts.screening)} />
      </Box>
      <CallMoneyAndKinds figures={current} />
    </>
  );
}

export function CallFigures({ view, onCountsShown }: { view: OverviewFirstView; onCountsShown: () => void }) {
  const { calls, callId, counts } = view;
  const call = calls.find((c) => c.id === callId);
  return (
    <Box component="section" aria-labelledby="call-figures-title" sx={{ mb: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <Typography id="call-figures-title" variant="h2" sx={{ flexGrow: 1 }}>
          {t.callTitle}
        </Typography>
        {call ? <Typography color="text.secondary">{t.callOption(call.year, call.title, CALL_STATUS_LABELS[call.status])}</Typography> : null}
      </Box>
      {callId && counts ? (
        <CallCounts key={callId} callId={callId} counts={counts} onShown={onCountsShown} />
      ) : (
        <Typography color="text.secondary">{t.noCalls}</Typography>
      )}
    </Box>
  );
}
