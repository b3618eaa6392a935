// Oversikt's figures: the chosen call (the page's one call chooser) at a glance, then the
// municipality over the years. Read once per visit and call, like the rest of the page; the calls
// the page has read already are handed in, so the counts are the first read, and on the page's
// first visit they come from its start-up read (start-prefetch.ts), drawn in the first frame.
import { useCallback, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import { getDb } from '@renderer/data/db';
import type { OverviewCall } from '@renderer/services/queries/overview-figures/calls';
import { readOverviewFirstView } from '@renderer/services/queries/overview-figures/first-view';
import { CallFigures } from './charts/CallFigures';
import { OVERVIEW_START_MARK } from './charts/perf-marks';
import { useRead } from './use-overview-data';
import type { PrefetchedStart } from './start-prefetch';
import { MunicipalityYears } from './years/MunicipalityYears';

interface OverviewFiguresProps {
  calls: readonly OverviewCall[];
  callId: string | undefined;
  onCountsShown?: () => void;
  /** The page's start-up read, whose counts are used when they are of `callId`. */
  prefetched?: PrefetchedStart;
}

export function OverviewFigures({ calls, callId, onCountsShown, prefetched }: OverviewFiguresProps) {
  useEffect(() => {
    performance.mark(OVERVIEW_START_MARK);
  }, []);
  const ready = prefetched?.value?.view.callId === callId ? prefetched?.value?.view : undefined;
  const view = useRead(
    `figures:${callId ?? ''}`,
    async () => {
      const start = prefetched ? await prefetched.promise.catch(() => undefined) : undefined;
      return start && start.view.callId === callId ? start.view : readOverviewFirstView(getDb(), callId, calls);
    },
    ready,
  );
  // The years read every call's applications: started once the call's counts are on screen.
  const [countsShown, setCountsShown] = useState(false);
  const showYears = useCallback(() => {
    setCountsShown(true);
    onCountsShown?.();
  }, [onCountsShown]);
  // Without a call there are no counts to wait for.
  const noCounts = view !== undefined && !view.counts;
  useEffect(() => {
    if (noCounts) onCountsShown?.();
  }, [noCounts, onCountsShown]);
  if (!view) return null;
  return (
    <Box sx={{ mb: 4 }}>
      <CallFigures view={view} onCountsShown={showYears} />
      {view.calls.length > 0 && countsShown ? <MunicipalityYears /> : null}
    </Box>
  );
}
