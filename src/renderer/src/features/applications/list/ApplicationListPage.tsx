// Søknader: every application in one scrolling list with quick search, filters and sorting.
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import AddIcon from '@mui/icons-material/Add';
import { getDb } from '@renderer/data/db';
import { areaPaths } from '@renderer/components/area-paths';
import { appText } from '@renderer/i18n/app';
import { listText } from '@renderer/i18n/applications';
import { ApplicationTable } from './ApplicationTable';
import { ListToolbar, SCREENING_VALUES } from './ListToolbar';
import { filterRows, hasActiveFilters, type ListFilters } from './search';
import { RANK_AHEAD, sortKeys, sortRows, type ListSort } from './sort';
import { useApplicationRows } from './use-application-rows';
import Snackbar from '@mui/material/Snackbar';
import VerifiedIcon from '@mui/icons-material/VerifiedUserOutlined';
import { safetyText } from '@renderer/i18n/decision-safety';
import { useFillHeight } from './use-fill-height';
import { usePreloadAfterStartup } from '@renderer/components/after-startup';

// Confirming R2 re-screens (the screening service, every zod schema it validates with): more code
// than the list itself, so it loads after the first rows are drawn, not before.
const loadR2Dialog = () => import('./R2ConfirmDialog');
const R2ConfirmDialog = lazy(() => loadR2Dialog().then((m) => ({ default: m.R2ConfirmDialog })));
const preloadR2Dialog = () => void loadR2Dialog().catch(() => undefined);

const CALL_PARAM = 'utlysning';
/** Oversikt links here with the screening result and «only waiting cases» already chosen. */
const SCREENING_PARAM = 'screening';
const PENDING_PARAM = 'ventende';

function filtersFromAddress(params: URLSearchParams): Omit<ListFilters, 'callId'> {
  const screening = params.get(SCREENING_PARAM) ?? '';
  return {
    ...((SCREENING_VALUES as readonly string[]).includes(screening) ? { screening: screening as ListFilters['screening'] } : {}),
    ...(params.get(PENDING_PARAM) === '1' ? { pending: true as const } : {}),
  };
}

// requestIdleCallback where the browser has it (Chromium does), a short timeout elsewhere.
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2_000 }) : window.setTimeout(run, 50);
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

export function ApplicationListPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { rows, complete, loading, failed } = useApplicationRows();
  usePreloadAfterStartup(preloadR2Dialog);
  const calls = useLiveQuery(() => getDb().calls.orderBy('year').reverse().toArray(), []) ?? [];

  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ListSort | undefined>();
  const [otherFilters, setOtherFilters] = useState<Omit<ListFilters, 'callId'>>(() => filtersFromAddress(params));
  const [confirmingR2, setConfirmingR2] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The call filter lives in the address (?utlysning=<id>), so a call's page can link to its list.
  const callId = params.get(CALL_PARAM) ?? undefined;
  const filters = useMemo<ListFilters>(() => ({ ...otherFilters, callId }), [otherFilters, callId]);

  useEffect(() => {
    document.title = `${listText.title} – ${appText.programName}`;
  }, []);

  // Once every row is in, the long text columns are ranked while the officer reads, one column per
  // idle moment, so the first click on «Tittel» sorts integers instead of collating 45 000 titles.
  useEffect(() => {
    if (!complete) return;
    const pending = [...RANK_AHEAD];
    let handle = 0;
    const next = () => {
      const column = pending.shift();
      if (column === undefined) return;
      sortKeys(rows, column);
      handle = whenIdle(next);
    };
    handle = whenIdle(next);
    return () => cancelIdle(handle);
  }, [rows, complete]);

  const sortedRows = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const visibleRows = useMemo(() => filterRows(sortedRows, query, filters), [sortedRows, query, filters]);

  // The selection R2 is confirmed for: the rows the list shows now, in the filtered call.
  const r2Selection = useMemo(
    () => (confirmingR2 ? visibleRows.filter((r) => r.callId === callId).map((r) => r.id) : []),
    // Frozen while the dialog is open, so re-screening does not change what it shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [confirmingR2, callId],
  );

  const onFiltersChange = (next: ListFilters) => {
    const { callId: nextCall, ...rest } = next;
    setOtherFilters(rest);
    if (nextCall !== callId) {
      setParams(
        (p) => {
          if (nextCall) p.set(CALL_PARAM, nextCall);
          else p.delete(CALL_PARAM);
          return p;
        },
        { replace: true },
      );
    }
  };
  const clear = () => {
    setQuery('');
    onFiltersChange({});
  };

  const tableTop = useRef<HTMLDivElement>(null);
  const height = useFillHeight(tableTop, 52);
  const open = (id: string) => void navigate(`${areaPaths.applications}/${id}`);
  const empty = !loading && complete && rows.length === 0;
  // The import preselects the call the list is filtered on.
  const importLink = `${areaPaths.applications}/importer${filters.callId ? `?utlysning=${encodeURIComponent(filters.callId)}` : ''}`;

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2.5, flexWrap: 'wrap' }}>
        <Typography variant="h1">{listText.title}</Typography>
        <Box sx={{ display: 'flex', gap: 1.5 }}>
          <Button component={RouterLink} to={importLink} variant="outlined" startIcon={<UploadIcon />}>
            {listText.importApplications}
          </Button>
          <Button component={RouterLink} to={`${areaPaths.applications}/ny`} variant="contained" startIcon={<AddIcon />}>
            {listText.newApplication}
          </Button>
        </Box>
      </Box>
      {failed ? (
        <Alert severity="error">{listText.loadFailed}</Alert>
      ) : empty ? (
        <Paper variant="outlined" sx={{ p: 4, maxWidth: 720 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            {listText.empty}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {listText.emptyHelp}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1.5 }}>
            <Button component={RouterLink} to={`${areaPaths.applications}/ny`} variant="contained" startIcon={<AddIcon />}>
              {listText.newApplication}
            </Button>
            <Button component={RouterLink} to={importLink} variant="outlined" startIcon={<UploadIcon />}>
              {listText.importApplications}
            </Button>
          </Box>
        </Paper>
      ) : (
        // The toolbar and the frame of the list are drawn while the first rows are still being
        // read, so that when they come only the rows are left to draw.
        <>
          <ListToolbar
            query={query}
            onQueryChange={setQuery}
            filters={filters}
            onFiltersChange={onFiltersChange}
            calls={calls}
            canClear={query !== '' || hasActiveFilters(filters)}
            onClear={clear}
          />
          {/* Wraps in a narrow window (400 % zoom) rather than pushing the button out of it. */}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, minHeight: 36, mt: 1 }}>
            <Typography role="status" variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="row-count">
              {loading ? '' : listText.rowCount(visibleRows.length, rows.length)}
            </Typography>
            {filters.pending ? (
              <Chip label={listText.pendingOnly} onDelete={() => setOtherFilters(({ pending: _pending, ...rest }) => rest)} />
            ) : null}
            {!complete ? (
              <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
                <LinearProgress sx={{ width: 120 }} aria-label={loading ? listText.loading : listText.loadingAll} />
                <Typography variant="body2">{loading ? listText.loading : listText.loadingAll}</Typography>
              </Box>
            ) : null}
            <Button
              size="small"
              startIcon={<VerifiedIcon />}
              disabled={!filters.callId || visibleRows.length === 0}
              title={filters.callId ? undefined : safetyText.r2NeedsCall}
              onClick={() => setConfirmingR2(true)}
              sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
            >
              {safetyText.r2Button}
            </Button>
            {/* The hint gives way (wraps) before the count and the button do. */}
            <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto', flex: '0 1 auto', minWidth: 0, textAlign: 'right', display: { xs: 'none', lg: 'block' } }}>
              {listText.keyboardHint}
            </Typography>
          </Box>
          <Box ref={tableTop}>
            {/* While the first rows are read the table is drawn empty: its header, styles and
                code are then ready, and only the rows are left to draw when they come. */}
            {!loading && visibleRows.length === 0 ? (
              <Paper variant="outlined" sx={{ p: 4 }}>
                <Typography>{listText.noMatch}</Typography>
              </Paper>
            ) : (
              <ApplicationTable
                visibleRows={visibleRows}
                sort={sort}
                onSortChange={setSort}
                onOpen={open}
                height={height}
              />
            )}
          </Box>
        </>
      )}
      {confirmingR2 && filters.callId ? (
        <Suspense fallback={null}>
          <R2ConfirmDialog
            callId={filters.callId}
            applicationIds={r2Selection}
            onClose={() => setConfirmingR2(false)}
            onDone={(message) => {
              setConfirmingR2(false);
              setNotice(message);
            }}
          />
        </Suspense>
      ) : null}
      <Snackbar open={notice !== null} autoHideDuration={8000} onClose={() => setNotice(null)} message={notice} />
    </Box>
  );
}
