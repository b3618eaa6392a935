// /vedtak: choose a call, see its budget and applications with decision and letter status,
// decide a selection at once and make the letters for the call or the selection.
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import { BatchLettersDialog } from '../letters/BatchLettersDialog';
import { LetterDateWarningDialog } from '../letters/LetterDateWarningDialog';
import { MarkManySentDialog } from '../letters/MarkManySentDialog';
import { saveSendList, sendListEntries } from '../letters/send-list';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { letterDateWarnings } from '@renderer/domain/decisions/letter-date-warnings';
import SendIcon from '@mui/icons-material/SendOutlined';
import ListAltIcon from '@mui/icons-material/ListAltOutlined';
import { BudgetLine } from './BudgetLine';
import { BulkDecideDialog } from './BulkDecideDialog';
import { CallChooser } from './CallChooser';
import { DecisionTable } from './DecisionTable';
import { DecideFromRecommendations } from './DecideFromRecommendations';
import { useCallDecisions, useCalls, type DecisionRow } from './use-decision-rows';

interface Notice {
  message: string;
  severity: 'success' | 'info' | 'error';
}

/** Current decisions without a current letter: none made yet, or made before the decision changed. */
function letterCandidates(rows: readonly DecisionRow[]): DecisionRow[] {
  return rows.filter((r) => r.decision && !r.decision.lockedAt && (r.letter.kind === 'none' || r.letter.kind === 'outdated'));
}

/** Letters made for the decision as it stands and not yet sent. */
function sendableLetterIds(rows: readonly DecisionRow[]): string[] {
  return rows.flatMap((r) => (r.letter.kind === 'made' ? [r.letter.letter.id] : []));
}

export function DecisionListPage() {
  const [params, setParams] = useSearchParams();
  const calls = useCalls();
  const chosen = params.get(CALL_PARAM) ?? calls?.[0]?.id;
  const data = useCallDecisions(chosen);
  const { settings } = useCurrentSettings();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<'bulk' | 'letters' | 'dateWarnings' | 'markSent' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The batch's decisions, fixed when it starts: each letter made drops its row from the
  // candidates, and a changing list must not restart the running batch.
  const [batchIds, setBatchIds] = useState<string[]>([]);
  const onLettersFinished = useCallback((message: string, severity: Notice['severity']) => {
    setDialog(null);
    setNotice({ message, severity });
  }, []);

  if (calls === undefined) return <CenteredProgress label={appText.loading} />;
  const title = areaText.decisions.title;
  if (calls.length === 0) {
    return (
      <PageLayout title={title} lead={t.listLead}>
        <Alert severity="info" variant="outlined">
          <AlertTitle>{t.noCallsTitle}</AlertTitle>
          {t.noCallsBody}
        </Alert>
      </PageLayout>
    );
  }

  const rows = data?.rows ?? [];
  // Rows that left the call (or a stale selection) never count.
  const selectedIds = rows.filter((r) => selected.has(r.application.id)).map((r) => r.application.id);
  const selectedRows = rows.filter((r) => selected.has(r.application.id));
  const scope = selectedIds.length > 0 ? selectedRows : rows;
  const letterRows = letterCandidates(scope);
  const letterIds = letterRows.flatMap((r) => (r.decision ? [r.decision.id] : []));
  const sendable = sendableLetterIds(scope);
  const sendList = sendListEntries(scope);
  const dateWarnings = data
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
    setBatchIds(letterIds);
    setDialog(dateWarnings.length > 0 ? 'dateWarnings' : 'letters');
  };

  return (
    <PageLayout title={title} lead={t.listLead}>
      <CallChooser
        calls={calls}
        value={chosen ?? ''}
        onChange={(id) => {
          setSelected(new Set());
          setParams({ [CALL_PARAM]: id }, { replace: true });
        }}
      />
      {data === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : data === null ? null : (
        <>
          <BudgetLine budget={data.budget} />
          <DecideFromRecommendations callId={data.call.id} />
          {rows.length === 0 ? (
            <Typography color="text.secondary">{t.noApplications}</Typography>
          ) : (
            <>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
                <Typography aria-live="polite" sx={{ minWidth: 150 }}>
                  {t.selected(selectedIds.length)}
                </Typography>
                <Button variant="outlined" startIcon={<GavelIcon />} disabled={selectedIds.length === 0} onClick={() => setDialog('bulk')}>
                  {t.decideSelected}
                </Button>
                <Button variant="contained" startIcon={<PictureAsPdfIcon />} disabled={letterIds.length === 0} onClick={startLetters}>
                  {letterIds.length === 0
                    ? safetyText.noMissingLetters
                    : selectedIds.length > 0
                      ? safetyText.makeMissingLettersSelected(letterIds.length)
                      : safetyText.makeMissingLetters(letterIds.length)}
                </Button>
                <Button variant="outlined" startIcon={<SendIcon />} disabled={sendable.length === 0} onClick={() => setDialog('markSent')}>
                  {safetyText.markManySent(sendable.length)}
                </Button>
                <Button
                  variant="text"
                  startIcon={<ListAltIcon />}
                  disabled={sendList.length === 0}
                  title={sendList.length === 0 ? safetyText.sendListEmpty : safetyText.sendListHelp}
                  onClick={() => void saveSendList(sendList, data.call.year, 'xlsx')}
                >
                  {safetyText.sendListXlsx}
                </Button>
                <Button variant="text" disabled={sendList.length === 0} onClick={() => void saveSendList(sendList, data.call.year, 'csv')}>
                  {safetyText.sendListCsv}
                </Button>
              </Box>
              <DecisionTable rows={rows} selected={selected} onSelectedChange={setSelected} />
            </>
          )}
          {dialog === 'bulk' ? (
            <BulkDecideDialog
              applicationIds={selectedIds}
              language={settings.letterLanguage}
              onClose={() => setDialog(null)}
              onDone={(decided, skipped) => {
                setDialog(null);
                setSelected(new Set());
                setNotice({ message: safetyText.bulkDone(decided, skipped), severity: skipped > 0 ? 'info' : 'success' });
              }}
            />
          ) : null}
          {dialog === 'dateWarnings' ? (
            <LetterDateWarningDialog items={dateWarnings} many onCancel={() => setDialog(null)} onContinue={() => setDialog('letters')} />
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
