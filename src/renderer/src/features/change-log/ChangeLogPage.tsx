// Endringslogg (/innstillinger/endringslogg): the whole log newest first, a page at a time, filters,
// the chain check and a CSV copy of what the filter selects.
import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { areaPaths } from '@renderer/components/area-paths';
import { changeLogText } from '@renderer/i18n/change-log';
import { NO_FILTER, type ChangeLogFilter } from './change-log-rows';
import { useChangeLogActors, useChangeLogPage, useSearchIndex } from './use-change-log';
import type { IndexProgress } from './change-log-reader';
import { ChangeLogFilters } from './ChangeLogFilters';
import { ChangeLogTable } from './ChangeLogTable';
import { VerifyOutcomeAlert, VerifyProgress, useVerifyChangeLog } from './VerifyChangeLog';
import { auditText } from '@renderer/i18n/audit';
import { saveChangeLogCsv } from './save-change-log-csv';

type CsvStatus = { ok: boolean; text: string } | null;

function IndexingProgress({ progress }: { progress: IndexProgress | undefined }) {
  // Before the log is counted: no figures yet, only that it is being read.
  const text = progress ? changeLogText.searchIndexing(progress.done, progress.total) : changeLogText.searchStarting;
  const value = progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  return (
    <Box>
      <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={value} aria-label={text} />
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
    </Box>
  );
}

export default function ChangeLogPage() {
  const [filter, setFilter] = useState<ChangeLogFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(50);
  const actors = useChangeLogActors();
  const [indexWanted, setIndexWanted] = useState(false);
  const search = useSearchIndex(indexWanted);
  const log = useChangeLogPage(filter, search.index, page, pageSize);
  // The search index is read in the background once the first page is on screen.
  if (log !== undefined && !indexWanted) setIndexWanted(true);
  const ready = log?.kind === 'ready' ? log : undefined;
  const verify = useVerifyChangeLog();
  const [csvStatus, setCsvStatus] = useState<CsvStatus>(null);
  const [saving, setSaving] = useState(false);

  const changePageSize = useCallback((size: number) => {
    setPageSize(size);
    setPage(0);
  }, []);

  function changeFilter(next: ChangeLogFilter) {
    setFilter(next);
    setPage(0);
  }

  async function saveCsv() {
    if (!ready) return;
    setSaving(true);
    setCsvStatus(null);
    try {
      const text = await saveChangeLogCsv(ready.selection);
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
          <Button variant="outlined" onClick={() => void saveCsv()} disabled={saving || !ready || ready.total === 0}>
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
        {log === undefined ? (
          <CenteredProgress label={changeLogText.loading} />
        ) : ready?.logTotal === 0 ? (
          <Alert severity="info">{changeLogText.empty}</Alert>
        ) : (
          <>
            <ChangeLogFilters filter={filter} actors={actors} onChange={changeFilter} />
            {search.failed && filter.text.trim() !== '' ? <Alert severity="error">{changeLogText.searchFailed}</Alert> : null}
            {log.kind === 'indexing' ? (
              search.failed ? null : <IndexingProgress progress={search.progress} />
            ) : (
              <>
                <Typography color="text.secondary" data-testid="change-log-count">
                  {changeLogText.showing(log.total, log.logTotal)}
                </Typography>
                {log.total === 0 ? (
                  <Alert severity="info">{changeLogText.noMatch}</Alert>
                ) : (
                  <ChangeLogTable
                    rows={log.rows}
                    count={log.total}
                    page={log.page}
                    pageSize={pageSize}
                    onPageChange={setPage}
                    onPageSizeChange={changePageSize}
                  />
                )}
              </>
            )}
          </>
        )}
      </Stack>
    </PageLayout>
  );
}
