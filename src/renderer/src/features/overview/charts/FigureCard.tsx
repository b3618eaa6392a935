// One figure: a heading, a chart for the eye and the same numbers as a table. The table is always
// there for screen readers (visually hidden); «Vis som tabell» shows it to everyone.
import { Suspense, useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@renderer/features/assessment/visually-hidden';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import type { FigureData } from './figure-data';
import { FigureTable } from './FigureTable';
import { LazyFigureChart } from './lazy-chart';

export interface FigureCardProps {
  title: string;
  lead?: string;
  data: FigureData;
  categoryHeader?: string;
  height?: number;
  horizontal?: boolean;
  /** The heading level inside the page: h3 under a section's h2, h2 on its own. */
  headingLevel?: 'h2' | 'h3';
}

export function FigureCard({ title, lead, data, categoryHeader = t.category, height = 260, horizontal, headingLevel = 'h3' }: FigureCardProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined" sx={{ height: '100%' }}>
      <CardContent sx={{ p: { xs: 2, sm: 2.5 } }}>
        <Typography id={titleId} variant="h3" component={headingLevel} sx={{ fontSize: '1.1rem', fontWeight: 600, mb: lead ? 0.5 : 1 }}>
          {title}
        </Typography>
        {lead ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: '70ch' }}>
            {lead}
          </Typography>
        ) : null}
        {/* The chart repeats the table for the eye; screen readers read the table. */}
        <Box aria-hidden sx={{ height }} data-testid="figure-chart">
          <Suspense fallback={<Skeleton variant="rounded" height={height} />}>
            <LazyFigureChart data={data} height={height} horizontal={horizontal} />
          </Suspense>
        </Box>
        <Button size="small" onClick={() => setShowTable((s) => !s)} aria-expanded={showTable} aria-controls={tableId} sx={{ mt: 1 }}>
          {showTable ? t.hideTable : t.showTable}
        </Button>
        <Box id={tableId} sx={showTable ? { mt: 1, overflowX: 'auto' } : visuallyHidden}>
          <FigureTable data={data} caption={title} categoryHeader={categoryHeader} />
        </Box>
      </CardContent>
    </Card>
  );
}
