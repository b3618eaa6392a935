// Oversikt's figures: the call in progress at a glance, then the municipality over the years.
import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import { getDb } from '@renderer/data/db';
import { listOverviewCalls } from '@renderer/services/queries/overview-figures/calls';
import { CallFigures } from './charts/CallFigures';
import { OVERVIEW_START_MARK } from './charts/perf-marks';
import { MunicipalityYears } from './years/MunicipalityYears';

export function OverviewFigures() {
  useEffect(() => {
    performance.mark(OVERVIEW_START_MARK);
  }, []);
  const calls = useLiveQuery(() => listOverviewCalls(getDb()), []);
  // The years read every call's applications: started once the call's counts are on screen.
  const [countsShown, setCountsShown] = useState(false);
  const showYears = useCallback(() => setCountsShown(true), []);
  if (!calls) return null;
  return (
    <Box sx={{ mb: 4 }}>
      <CallFigures calls={calls} onCountsShown={showYears} />
      {calls.length > 0 && countsShown ? <MunicipalityYears /> : null}
    </Box>
  );
}
