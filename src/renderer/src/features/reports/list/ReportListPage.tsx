// /rapportering: every grant with its report's due date and status, filtered by call and status;
// overdue reports can be picked for reminder letters, made as one batch. Below, every repayment claim.
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import MailIcon from '@mui/icons-material/MarkEmailUnreadOutlined';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { REPORT_STATUSES, type ReportStatus } from '@renderer/domain/reports/report-status';
import { areaText } from '@renderer/i18n/areas';
import { reportStatusText, reportsText as t } from '@renderer/i18n/reports';
import { useReportRows } from '../use-report-rows';
import { ReminderBatchDialog } from '../reminders/ReminderBatchDialog';
import { ReportTable } from './ReportTable';
import { ClaimsTable } from './ClaimsTable';
import { compareNb } from '@renderer/domain/collate';

interface Notice {
  message: string;
  severity: 'success' | 'info' | 'error';
}

const CALL_PARAM = 'utlysning';
/** "All" is the empty value: shown as text, with the label kept above it. */
const FILTER_PROPS = { fullWidth: false, slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } } } as const;
const STATUS_PARAM = 'status';

export function ReportListPage() {
  const rows = useReportRows();
  const [params, setParams] = useSearchParams();
  const callFilter = params.get(CALL_PARAM) ?? '';
  const statusFilter = (params.get(STATUS_PARAM) ?? '') as ReportStatus | '';
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reminding, setReminding] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const onFinished = useCallback((message: string, severity: Notice['severity']) => {
    setReminding(null);
    setSelected(new Set());
    setNotice({ message, severity });
  }, []);

  const calls = useMemo(() => {
    const byId = new Map((rows ?? []).map((r) => [r.call.id, r.call]));
    return [...byId.values()].sort((a, b) => b.year - a.year || compareNb(a.title, b.title));
  }, [rows]);

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setSelected(new Set());
  };

  const title = areaText.reports.title;
  if (rows === undefined) return <CenteredProgress label={t.loading} />;
  if (rows.length === 0) {
    return (
      <PageLayout wide title={title} lead={t.lead}>
        <Alert severity="info" variant="outlined">
          {t.noGrants}
        </Alert>
      </PageLayout>
    );
  }

  const shown = rows.filter((r) => (!callFilter || r.call.id === callFilter) && (!statusFilter || r.status === statusFilter));
  const overdue = shown.filter((r) => r.status === 'forfalt');
  const chosen = overdue.filter((r) => selected.has(r.decision.id)).map((r) => r.decision.id);
  const toRemind = chosen.length > 0 ? chosen : overdue.map((r) => r.decision.id);

  return (
    <PageLayout wide title={title} lead={t.lead}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <TextField select label={t.filterCall} value={callFilter} onChange={(e) => setFilter(CALL_PARAM, e.target.value)} {...FILTER_PROPS} sx={{ width: 320 }}>
          <MenuItem value="">{t.allCalls}</MenuItem>
          {calls.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.title} ({c.year})
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t.filterStatus} value={statusFilter} onChange={(e) => setFilter(STATUS_PARAM, e.target.value)} {...FILTER_PROPS} sx={{ width: 240 }}>
          <MenuItem value="">{t.allStatuses}</MenuItem>
          {REPORT_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {reportStatusText[s]}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography aria-live="polite" sx={{ minWidth: 180 }}>
          {t.overdueCount(overdue.length)}
        </Typography>
        <Button variant="contained" startIcon={<MailIcon />} disabled={toRemind.length === 0} onClick={() => setReminding(toRemind)}>
          {toRemind.length === 0 ? t.noOverdue : chosen.length > 0 ? t.remindSelected(chosen.length) : t.remindAllOverdue(toRemind.length)}
        </Button>
      </Box>
      {shown.length === 0 ? (
        <Typography color="text.secondary">{t.noMatch}</Typography>
      ) : (
        <ReportTable rows={shown} selected={selected} onSelectedChange={setSelected} />
      )}
      <ClaimsTable rows={shown} unpaidOnly={params.get('krav') === 'ubetalt'} />
      {reminding ? <ReminderBatchDialog decisionIds={reminding} onClose={() => setReminding(null)} onFinished={onFinished} /> : null}
      <Snackbar open={notice !== null} autoHideDuration={8000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity={notice?.severity ?? 'success'} variant="filled" onClose={() => setNotice(null)} sx={{ minWidth: 280 }}>
          {notice?.message}
        </Alert>
      </Snackbar>
    </PageLayout>
  );
}
