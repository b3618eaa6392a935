// A small «Over årene» chart on the organisation page: what it applied for and got, year by year.
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import { getDb } from '@renderer/data/db';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import { getOrganisationYears } from '@renderer/services/queries/overview-figures/years';
import { FigureCard } from '../charts/FigureCard';
import { yearFigure } from './year-figure-data';

export function OrganisationYears({ organisationId }: { organisationId: string }) {
  const rows = useLiveQuery(() => getOrganisationYears(getDb(), organisationId), [organisationId]);
  if (!rows) return <CenteredProgress label={t.loadingFigures} />;
  // Nothing to draw yet: the history panel above already says there are no applications.
  if (rows.length === 0) return null;
  return (
    <Box sx={{ mb: 3 }}>
      <FigureCard title={t.yearsTitle} lead={t.organisationYearsLead} data={yearFigure(rows)} categoryHeader={t.year} height={220} headingLevel="h2" />
    </Box>
  );
}
