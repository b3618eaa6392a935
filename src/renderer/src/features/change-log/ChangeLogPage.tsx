// Endringslogg (/innstillinger/endringslogg): the whole log newest first, filters, the chain check
// and a CSV copy of what is shown.
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { areaPaths } from '@renderer/components/area-paths';
import { changeLogText } from '@renderer/i18n/change-log';
import { filterRows, NO_FILTER, type ChangeLogFilter } from './change-log-rows';
import { useChangeLogRows } from './use-change-log';
import { ChangeLogFilters } from './ChangeLogFilters';
import { ChangeLogTable } from './ChangeLogTable';
import { VerifyOutcomeAlert, VerifyProgress, useVerifyChangeLog } from './VerifyChangeLog';
import { auditText } from '@renderer/i18n/audit';
import { saveChangeLogCsv } from './save-change-log-csv';
import { compareNb } from '@renderer/domain/collate';

type CsvStatus = { ok: boolean; text: string } | null;

export default function ChangeLogPage() {
  const log = useChangeLogRows();
  const rows = log?.rows;
  const [filter, setFilter] = useState<ChangeLogFilter>(NO_FILTER);
  const verify = useVerifyChangeLog();
  const [csvStatus, setCsvStatus] = useState<CsvStatus>(null);
  const [saving, setSaving] = useState(false);

  const actors = useMemo(() => [...new Set((rows ?? []).map((r) => r.actor))].sort((a, b) => compareNb(a, b)), [rows]);
  const shown = useMemo(() => filterRows(rows ?? [], filter), [rows, filter]);

  async function saveCsv() {
    setSaving(true);
    setCsvStatus(null);
    try {
      const text = await saveChangeLogCsv(shown);
      setCsvStatus(text ? { ok: true, text } : null);
    } catch (error) {
      setCsvStatus({ ok: false, text: changeLogText.csvFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <PageLayout wide title={changeLogText.title} lead={changeLogText.lead}>
      <Link component={RouterLink} to={areaPaths.settings} sx={{ display: 'inline-block', mb: 3 }}>
        {changeLogText.backToSettings}
      </Link>
      <Stack spacing={2.5}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={() => void verify.run()} disabled={verify.busy}>
            {verify.busy ? auditText.verifying : auditText.verify}
          </Button>
          <Button variant="outlined" onClick={() => void saveCsv()} disabled={saving || shown.length === 0 || !log?.complete}>
            {changeLogText.saveCsv}
          </Button>
        </Stack>
        <VerifyProgress progress={verify.progress} />
        <div role="status">
          {verify.outcome ? <VerifyOutcomeAlert outcome={verify.outcome} /> : null}
          {csvStatus ? (
            <Alert role="none" severity={csvStatus.ok ? 'success' : 'error'} sx={{ mt: verify.outcome ? 1 : 0 }}>
              {csvStatus.text}
            </Alert>
          ) : null}
        </div>
        {rows === undefined ? (
          <CenteredProgress label={changeLogText.loading} />
        ) : rows.length === 0 ? (
          <Alert severity="info">{changeLogText.empty}</Alert>
        ) : (
          <>
            <ChangeLogFilters filter={filter} actors={actors} onChange={setFilter} />
            <Typography color="text.secondary" data-testid="change-log-count">
              {log?.complete ? changeLogText.showing(shown.length, rows.length) : changeLogText.showingNewest(shown.length, log?.total ?? 0)}
            </Typography>
            {shown.length === 0 ? <Alert severity="info">{changeLogText.noMatch}</Alert> : <ChangeLogTable rows={shown} />}
          </>
        )}
      </Stack>
    </PageLayout>
  );
}
