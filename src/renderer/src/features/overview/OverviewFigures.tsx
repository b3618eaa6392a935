// Oversikt's figures: the call in progress at a glance, then the municipality over the years.
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import { getDb } from '@renderer/data/db';
import { listOverviewCalls } from '@renderer/services/queries/overview-figures/calls';
import { CallFigures } from './charts/CallFigures';
import { MunicipalityYears } from './years/MunicipalityYears';

export function OverviewFigures() {
  const calls = useLiveQuery(() => listOverviewCalls(getDb()), []);
  if (!calls) return null;
  return (
    <Box sx={{ mb: 4 }}>
      <CallFigures calls={calls} />
      {calls.length > 0 ? <MunicipalityYears /> : null}
    </Box>
  );
}
