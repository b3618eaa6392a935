// /vedtak: choose a call, see its budget and applications with decision and letter status,
// decide a selection at once and make the letters for the call or the selection.
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { safetyText } from '@renderer/i18n/decision-safety';
import { CALL_PARAM } from '../decision-paths';
import { needsLetter } from '../letter-status';
import Chip from '@mui/material/Chip';
import { filterDecisionRows, rowFilterOf } from './row-filter';
import { LetterDateWarningDialog } from '../letters/LetterDateWarningDialog';
import { saveSendList, sendListEntries } from '../letters/send-list';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { letterDateWarnings } from '@renderer/domain/decisions/letter-date-warnings';
import SendIcon from '@mui/icons-material/SendOutlined';
import ListAltIcon from '@mui/icons-material/ListAltOutlined';
import { BudgetLine } from './BudgetLine';
import { CallChooser } from './CallChooser';
import { DecisionTable } from './DecisionTable';
import { DecideFromRecommendations } from './DecideFromRecommendations';
import { useCallDecisions, useCalls, useRecommendedIds, type DecisionRow } from './use-decision-rows';
import { NOTHING_SELECTED, selectAll, selectedRows, toggle, type Selection } from './selection';
import { usePreloadAfterStartup } from '@renderer/components/after-startup';

// The dialogs that decide, make letters or mark them sent validate and write (zod, the services):
// more code than the list, so they load after its first rows, not before.
const loadBulkDecide = () => import('./BulkDecideDialog');
const loadMarkManySent = () => import('../letters/MarkManySentDialog');
const loadBatchLetters = () => import('../letters/BatchLettersDialog');
const BulkDecideDialog = lazy(() => loadBulkDecide().then((m) => ({ default: m.BulkDecideDialog })));
const MarkManySentDialog = lazy(() => loadMarkManySent().then((m) => ({ default: m.MarkManySentDialog })));
const BatchLettersDialog = lazy(() => loadBatchLetters().then((m) => ({ default: m.BatchLettersDialog })));
const preloadDialogs = () => {
  for (const load of [loadBulkDecide, loadMarkManySent, loadBatchLetters]) load().catch(() => undefined);
};

interface Notice {
  message: string;
  severity: 'success' | 'info' | 'error';
}

/** Current decisions without a current letter: none made yet, or made before the decision changed. */
function letterCandidates(rows: readonly DecisionRow[]): DecisionRow[] {
  return rows.filter((r) => r.decision !== undefined && needsLetter(r.decision, r.letter));
}

const idOf = (row: DecisionRow) => row.application.id;

/** Where the budget line comes once every row is read: the same height, so nothing jumps. */
function BudgetPending() {
  return <Box sx={{ height: 56, mb: 3 }} aria-hidden />;
}

/** Letters made for the decision as it stands and not yet sent. */
function sendableLetterIds(rows: readonly DecisionRow[]): string[] {
  return rows.flatMap((r) => (r.letter.kind === 'made' ? [r.letter.letter.id] : []));
}

export function DecisionListPage() {
  const [params, setParams] = useSearchParams();
  const calls = useCalls();
  const chosen = params.get(CALL_PARAM) ?? calls?.[0]?.id;
  const [dateWarningItems, setDateWarningItems] = useState<{ title: string; warnings: string[] }[]>([]);
  const [dialog, setDialog] = useState<'bulk' | 'letters' | 'dateWarnings' | 'markSent' | null>(null);
  // While letters are made one after another, the list waits and reads once when the batch ends.
  const data = useCallDecisions(chosen, { paused: dialog === 'letters' });
  const { settings } = useCurrentSettings();
  usePreloadAfterStartup(preloadDialogs);
  const [selection, setSelection] = useState<Selection>(NOTHING_SELECTED);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The batch's decisions, fixed when it starts: each letter made drops its row from the
  // candidates, and a changing list must not restart the running batch.
  const [batchIds, setBatchIds] = useState<string[]>([]);
  const onLettersFinished = useCallback((message: string, severity: Notice['severity']) => {
    setDialog(null);
    setNotice({ message, severity });
  }, []);
  const onToggle = useCallback((id: string) => setSelection((current) => toggle(current, id)), []);

  const rowFilter = rowFilterOf(params.get('vis'));
  const recommended = useRecommendedIds(rowFilter === 'innstilt' ? chosen : undefined);
  const rows = useMemo(() => filterDecisionRows(data?.rows ?? [], rowFilter, recommended), [data, rowFilter, recommended]);
  const complete = data?.complete ?? false;
  // Rows that left the call (or a stale selection) never count. One pass over the rows each.
  const selected = useMemo(() => selectedRows(selection, rows, idOf), [selection, rows]);
  const headerState = selected.length === 0 ? 'none' : selected.length === rows.length ? 'all' : 'some';
  // The rows the actions apply to: the picked ones, else the whole call. With every row picked this
  // is the same array as the call's, so nothing below is counted again.
  const scope = selected.length > 0 ? selected : rows;
  const actions = useMemo(() => {
    const letterRows = letterCandidates(scope);
    return {
      letterRows,
      letterIds: letterRows.flatMap((r) => (r.decision ? [r.decision.id] : [])),
      sendable: sendableLetterIds(scope),
    };
  }, [scope]);

  if (calls === undefined) return <CenteredProgress label={appText.loading} />;
  const title = areaText.decisions.title;
  if (calls.length === 0) {
    return (
      <PageLayout wide title={title} lead={t.listLead}>
        <Alert severity="info" variant="outlined">
          <AlertTitle>{t.noCallsTitle}</AlertTitle>
          {t.noCallsBody}
        </Alert>
      </PageLayout>
    );
  }

  const selectedCount = selected.length;
  // Until every row is read, the actions would count only the first rows: they wait.
  const { letterRows, letterIds, sendable } = complete ? actions : { letterRows: [], letterIds: [], sendable: [] };
  const sendList = () => (data && complete ? sendListEntries(scope) : []);
  // Checked when the batch starts, not on every render: 50 000 rows would pay for it each time.
  const dateWarnings = () =>
    data
      ? letterRows.flatMap((r) => {
          const warnings = r.decision
            ? letterDateWarnings({
                letterDate: todayInOslo(),
                year: data.call.year,
                outcome: r.decision.outcome,
                amountGrantedOre: r.decision.amountGrantedOre,
                rules: data.call.rules,
              })
            : [];
          return warnings.length > 0 ? [{ title: r.application.title, warnings }] : [];
        })
      : [];
  const startLetters = () => {
    const found = dateWarnings();
    setBatchIds(letterIds);
    setDateWarningItems(found);
    setDialog(found.length > 0 ? 'dateWarnings' : 'letters');
  };
  const onToggleAll = () =>
    setSelection(headerState === 'all' ? NOTHING_SELECTED : selectAll(rows, idOf));

  return (
    // The start is done when the call's rows are drawn (use-decision-rows.ts), not when the page mounts.
    <PageLayout title={title} lead={t.listLead} wide marksStartup={false}>
      <CallChooser
        calls={calls}
        value={chosen ?? ''}
        onChange={(id) => {
          setSelection(NOTHING_SELECTED);
          setParams({ [CALL_PARAM]: id }, { replace: true });
        }}
      />
      {data === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : data === null ? null : (
        <>
          {data.budget ? <BudgetLine budget={data.budget} /> : <BudgetPending />}
          <DecideFromRecommendations callId={data.call.id} />
          {rowFilter ? (
            <Chip
              label={t.rowFilter[rowFilter]}
              onDelete={() => setParams({ [CALL_PARAM]: data.call.id }, { replace: true })}
              sx={{ mb: 2 }}
            />
          ) : null}
          {rows.length === 0 ? (
            <Typography color="text.secondary">{rowFilter ? t.rowFilterEmpty : t.noApplications}</Typography>
          ) : (
            <>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
                <Typography aria-live="polite" sx={{ minWidth: 150 }}>
                  {complete ? t.selected(selectedCount) : ''}
                </Typography>
                {!complete ? (
                  <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
                    <LinearProgress sx={{ width: 120 }} aria-label={t.loadingAllRows} />
                    <Typography variant="body2">{t.loadingAllRows}</Typography>
                  </Box>
                ) : null}
                <Button variant="outlined" startIcon={<GavelIcon />} disabled={selectedCount === 0} onClick={() => setDialog('bulk')}>
                  {t.decideSelected}
                </Button>
                <Button variant="contained" startIcon={<PictureAsPdfIcon />} disabled={letterIds.length === 0} onClick={startLetters}>
                  {letterIds.length === 0
                    ? safetyText.noMissingLetters
                    : selectedCount > 0
                      ? safetyText.makeMissingLettersSelected(letterIds.length)
                      : safetyText.makeMissingLetters(letterIds.length)}
                </Button>
                <Button variant="outlined" startIcon={<SendIcon />} disabled={sendable.length === 0} onClick={() => setDialog('markSent')}>
                  {safetyText.markManySent(sendable.length)}
                </Button>
                <Button
                  variant="text"
                  startIcon={<ListAltIcon />}
                  disabled={sendable.length === 0}
                  title={sendable.length === 0 ? safetyText.sendListEmpty : safetyText.sendListHelp}
                  onClick={() => void saveSendList(sendList(), data.call.year, 'xlsx')}
                >
                  {safetyText.sendListXlsx}
                </Button>
                <Button variant="text" disabled={sendable.length === 0} onClick={() => void saveSendList(sendList(), data.call.year, 'csv')}>
                  {safetyText.sendListCsv}
                </Button>
              </Box>
              <DecisionTable
                rows={rows}
                selection={selection}
                onToggle={onToggle}
                headerState={headerState}
                onToggleAll={onToggleAll}
                canSelectAll={complete}
              />
            </>
          )}
          <Suspense fallback={null}>
            {dialog === 'bulk' ? (
              <BulkDecideDialog
                applicationIds={selected.map(idOf)}
                language={settings.letterLanguage}
                onClose={() => setDialog(null)}
                onDone={(decided, skipped) => {
                  setDialog(null);
                  setSelection(NOTHING_SELECTED);
                  setNotice({ message: safetyText.bulkDone(decided, skipped), severity: skipped > 0 ? 'info' : 'success' });
                }}
              />
            ) : null}
            {dialog === 'dateWarnings' ? (
              <LetterDateWarningDialog items={dateWarningItems} many onCancel={() => setDialog(null)} onContinue={() => setDialog('letters')} />
            ) : null}
            {dialog === 'markSent' ? (
              <MarkManySentDialog
                letterIds={sendable}
                onClose={() => setDialog(null)}
                onDone={(sent, skipped) => {
                  setDialog(null);
                  setNotice({ message: safetyText.markManyDone(sent, skipped), severity: skipped > 0 ? 'info' : 'success' });
                }}
              />
            ) : null}
            {dialog === 'letters' ? (
              <BatchLettersDialog decisionIds={batchIds} language={settings.letterLanguage} year={data.call.year} onFinished={onLettersFinished} />
            ) : null}
          </Suspense>
        </>
      )}
      <Snackbar open={notice !== null} autoHideDuration={8000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity={notice?.severity ?? 'success'} variant="filled" onClose={() => setNotice(null)} sx={{ minWidth: 280 }}>
          {notice?.message}
        </Alert>
      </Snackbar>
    </PageLayout>
  );
}
