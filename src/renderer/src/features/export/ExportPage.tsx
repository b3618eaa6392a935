// Eksport: the yearly report to IMDi. Choose a year, check the summary, save the three files.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { areaText } from '@renderer/i18n/areas';
import { exportText } from '@renderer/i18n/export';
import { useCallYears, useChangeSignal, useExportData } from './use-export-data';
import { SummaryTable } from './SummaryTable';
import { ExportButtons } from './ExportButtons';

function YearReport({ municipalityId, year, signal }: { municipalityId: string; year: number; signal: number | undefined }) {
  const state = useExportData(municipalityId, year, signal);
  if (state.status === 'loading') return <CenteredProgress label={exportText.loading} />;
  if (state.status === 'failed') return <Alert severity="error">{exportText.loadFailed}</Alert>;
  const { data } = state;
  return (
    <Stack spacing={3}>
      <section aria-labelledby="export-summary-title">
        <Typography id="export-summary-title" variant="h2" sx={{ mb: 1 }}>
          {exportText.summaryTitle(year)}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
          {data.tildelinger.length > 0 ? exportText.grantsCount(data.tildelinger.length) : exportText.noDecisions}{' '}
          {exportText.summaryLead}
        </Typography>
        <SummaryTable year={year} rows={data.sammendrag} />
      </section>
      <section aria-labelledby="export-files-title">
        <Typography id="export-files-title" variant="h2" sx={{ mb: 1 }}>
          {exportText.filesTitle}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {exportText.filesLead}
        </Typography>
        <ExportButtons data={data} />
      </section>
    </Stack>
  );
}

export default function ExportPage() {
  const { settings } = useCurrentSettings();
  const years = useCallYears(settings.municipalityId);
  const signal = useChangeSignal();
  const [chosen, setChosen] = useState<number | undefined>();
  // The newest year until the officer picks another.
  const year = chosen !== undefined && years?.includes(chosen) ? chosen : years?.[0];

  return (
    <PageLayout title={areaText.export.title} lead={exportText.lead}>
      {years === undefined ? (
        <CenteredProgress label={exportText.loading} />
      ) : year === undefined ? (
        <Alert severity="info">{exportText.noCalls}</Alert>
      ) : (
        <Stack spacing={3}>
          <TextField
            select
            label={exportText.year}
            value={year}
            onChange={(e) => setChosen(Number(e.target.value))}
            sx={{ width: 160 }}
          >
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {y}
              </MenuItem>
            ))}
          </TextField>
          <YearReport key={year} municipalityId={settings.municipalityId} year={year} signal={signal} />
        </Stack>
      )}
    </PageLayout>
  );
}
