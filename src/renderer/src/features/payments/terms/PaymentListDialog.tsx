// The payment list for the chosen terms: a pay date, what goes and what is stopped (and why), the
// list saved as XLSX and CSV for the finance department, and the terms marked paid in one action.
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { buildPaymentList, type PaymentListCandidate } from '@renderer/domain/payments/payment-list';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { formatAccountNumber } from '@renderer/domain/identifiers';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { markTermsPaid } from '@renderer/services/payments/mark-paid';
import type { TermRow } from '@renderer/services/queries/payments-overview';
import { paymentsText as t } from '@renderer/i18n/payments';
import { todayInOslo } from '@renderer/domain/oslo-date';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The dialog shows the first rows; the files hold them all. */
const PREVIEW_ROWS = 12;

interface Props {
  terms: readonly TermRow[];
  kommunenummer: string;
  onClose: () => void;
  onPaid: (n: number) => void;
}

function candidate(row: TermRow): PaymentListCandidate {
  return {
    paymentId: row.payment!.id,
    orgnr: row.grant.orgnr,
    organisation: row.grant.organisationName,
    accountNumber: row.grant.accountNumber,
    amountOre: row.amountOre,
    reference: row.grant.reference,
    dueDate: row.dueDate,
    term: row.term,
  };
}

type Status = { severity: 'success' | 'info' | 'error'; text: string } | null;

export function PaymentListDialog({ terms, kommunenummer, onClose, onPaid }: Props) {
  const [date, setDate] = useState(todayInOslo());
  const [busy, setBusy] = useState<'xlsx' | 'csv' | 'paid' | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // The terms as chosen when the dialog opened: live updates (e.g. the marking itself) do not redo the list.
  const [chosen] = useState(terms);
  const list = useMemo(() => buildPaymentList(chosen.map(candidate)), [chosen]);
  const shown = list.rows.slice(0, PREVIEW_ROWS);
  const valid = ISO_DATE.test(date);

  const save = async (kind: 'xlsx' | 'csv') => {
    setBusy(kind);
    setStatus(null);
    try {
      const { paymentListFileName } = await import('@renderer/documents/payments/payment-list-table');
      const bytes =
        kind === 'xlsx'
          ? await (await import('@renderer/documents/payments/payment-list-xlsx')).buildPaymentListXlsx(list)
          : (await import('@renderer/documents/payments/payment-list-csv')).buildPaymentListCsv(list);
      const suggestedName = paymentListFileName(kommunenummer, date, kind);
      const result = await getPlatform().saveFile({
        suggestedName,
        bytes,
        filters: [{ name: kind === 'xlsx' ? t.filterXlsx : t.filterCsv, extensions: [kind] }],
      });
      setStatus(result.saved ? { severity: 'success', text: t.fileSaved(result.path ?? suggestedName) } : { severity: 'info', text: t.fileNotSaved });
    } catch (e) {
      setStatus({ severity: 'error', text: `${t.saveFailed} ${e instanceof Error ? e.message : ''}`.trim() });
    } finally {
      setBusy(null);
    }
  };

  const markPaid = async () => {
    setBusy('paid');
    setStatus(null);
    try {
      const paid = await markTermsPaid(defaultContext(), list.rows.map((r) => r.paymentId), date);
      onPaid(paid.length);
    } catch (e) {
      setStatus({ severity: 'error', text: e instanceof ValidationError ? e.message : t.saveFailed });
      setBusy(null);
    }
  };

  const none = list.rows.length === 0;
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="list-title">
      <DialogTitle id="list-title">{t.listTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <TextField
            type="date"
            label={t.listPayDate}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
            error={!valid}
            helperText={valid ? undefined : t.dateRequired}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ maxWidth: 220 }}
          />
          <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>{none ? t.nothingToPay : t.listSummary(list.rows.length, list.totalOre)}</Typography>
          {none ? null : (
            <Table size="small" aria-label={t.listTableLabel} sx={{ '& td, & th': { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t.colOrganisation}</TableCell>
                  <TableCell>{t.colAccount}</TableCell>
                  <TableCell>{t.colTerm}</TableCell>
                  <TableCell>{t.colDue}</TableCell>
                  <TableCell align="right">{t.colAmount}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((r) => (
                  <TableRow key={r.paymentId}>
                    <TableCell>{r.organisation}</TableCell>
                    <TableCell>{formatAccountNumber(r.accountNumber)}</TableCell>
                    <TableCell>{t.termName(r.term)}</TableCell>
                    <TableCell>{formatDate(r.dueDate)}</TableCell>
                    <TableCell align="right">{formatMoney(r.amountOre)}</TableCell>
                  </TableRow>
                ))}
                {list.rows.length > shown.length ? (
                  <TableRow>
                    <TableCell colSpan={5}>{t.listMore(list.rows.length - shown.length)}</TableCell>
                  </TableRow>
                ) : null}
              </TableBody>
            </Table>
          )}
          {list.stopped.length > 0 ? (
            <Alert severity="warning">
              <AlertTitle>{t.listStoppedTitle(list.stopped.length)}</AlertTitle>
              {t.listStoppedBody}
              <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
                {list.stopped.map((s) => (
                  <li key={s.candidate.paymentId}>{s.reason}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" disabled={none || !valid || busy !== null} onClick={() => void save('xlsx')}>
              {busy === 'xlsx' ? t.building : t.saveXlsx}
            </Button>
            <Button variant="outlined" disabled={none || !valid || busy !== null} onClick={() => void save('csv')}>
              {busy === 'csv' ? t.building : t.saveCsv}
            </Button>
          </Stack>
          <div role="status">{status ? <Alert role="none" severity={status.severity}>{status.text}</Alert> : null}</div>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy !== null}>
          {t.close}
        </Button>
        <Button variant="contained" disabled={none || !valid || busy !== null} onClick={() => void markPaid()}>
          {t.markPaid(list.rows.length, valid ? date : '')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
