// Oversikt's figures: the call in progress at a glance, then the municipality over the years.
import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import { getDb } from '@renderer/data/db';
import { readOverviewFirstView } from '@renderer/services/queries/overview-figures/first-view';
import { CallFigures } from './charts/CallFigures';
import { OVERVIEW_START_MARK } from './charts/perf-marks';
import { MunicipalityYears } from './years/MunicipalityYears';

export function OverviewFigures() {
  useEffect(() => {
    performance.mark(OVERVIEW_START_MARK);
  }, []);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const view = useLiveQuery(() => readOverviewFirstView(getDb(), chosen), [chosen]);
  // The years read every call's applications: started once the call's counts are on screen.
  const [countsShown, setCountsShown] = useState(false);
  const showYears = useCallback(() => setCountsShown(true), []);
  if (!view) return null;
  return (
    <Box sx={{ mb: 4 }}>
      <CallFigures view={view} chosen={chosen} onChoose={setChosen} onCountsShown={showYears} />
      {view.calls.length > 0 && countsShown ? <MunicipalityYears /> : null}
    </Box>
  );
}
