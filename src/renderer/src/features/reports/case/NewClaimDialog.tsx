// A new repayment claim (R13), from the report (unused money) or a finding. The ceiling (paid out,
// less earlier claims) is shown before the officer types; the service refuses anything above it.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { oreToKronerText } from '@renderer/components/form/kroner-text';
import { getDb } from '@renderer/data/db';
import { addDays } from '@renderer/domain/decisions/deadlines';
import { repaymentBasisSchema, type RepaymentBasis } from '@renderer/domain/repayment';
import { parseKroner } from '@renderer/i18n/format';
import { repaymentBasisText, reportsText as t } from '@renderer/i18n/reports';
import { defaultContext } from '@renderer/services/context';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { createRepaymentClaim, repaymentCeiling } from '@renderer/services/repayments/claims';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { NO_ERRORS, formErrorsOf, type FormErrors } from './service-error';

/** Thirty days to pay: a common municipal invoice term. */
const PAYMENT_DAYS = 30;

export function NewClaimDialog({ row, onClose, onCreated }: { row: ReportRow; onClose: () => void; onCreated: () => void }) {
  const today = todayInOslo();
  const report = row.report;
  const fromReport = Boolean(report?.unusedAmountStated && report.unusedAmountOre > 0);
  const ceiling = useLiveQuery(() => repaymentCeiling({ db: getDb() }, row.decision.id).catch(() => null), [row.decision.id]);
  const [basis, setBasis] = useState<RepaymentBasis>(fromReport ? 'ubrukte_midler' : 'brudd_pa_vilkar');
  const [amount, setAmount] = useState(fromReport ? oreToKronerText(report?.unusedAmountOre) : '');
  const [reason, setReason] = useState('');
  const [decidedAt, setDecidedAt] = useState(today);
  const [deadline, setDeadline] = useState(addDays(today, PAYMENT_DAYS));
  const [account, setAccount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const field = (name: string, help = ' ') => ({ error: Boolean(errors.fields[name]), helperText: errors.fields[name] ?? help });

  const create = async () => {
    const amountOre = parseKroner(amount);
    if (amountOre === null) {
      setErrors({ fields: { amountOre: t.amountInvalid }, general: null });
      return;
    }
    setBusy(true);
    try {
      await createRepaymentClaim(defaultContext(), {
        decisionId: row.decision.id,
        reportId: basis === 'ubrukte_midler' ? report?.id : undefined,
        basis, amountOre, reason, decidedAt, deadline, accountNumber: account, paymentReference: reference,
      });
      onCreated();
    } catch (e) {
      setErrors(formErrorsOf(e));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="nytt-krav">
      <DialogTitle id="nytt-krav">{t.claimDialogTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t.claimLead}</DialogContentText>
        <Stack spacing={1} sx={{ pt: 1 }}>
          <TextField select label={t.basis} value={basis} onChange={(e) => setBasis(e.target.value as RepaymentBasis)} {...field('basis')}>
            {repaymentBasisSchema.options.map((b) => (
              <MenuItem key={b} value={b}>
                {repaymentBasisText[b]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t.amount}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            slotProps={{ input: { startAdornment: <Typography sx={{ mr: 1 }}>kr</Typography> } }}
            {...field('amountOre', ceiling ? t.ceilingHelp(ceiling.maxOre, ceiling.paidOre) : ' ')}
          />
          <TextField label={t.reason} value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={3} {...field('reason')} />
          <Stack direction="row" spacing={2}>
            <TextField type="date" label={t.decidedAt} value={decidedAt} onChange={(e) => setDecidedAt(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} {...field('decidedAt')} />
            <TextField type="date" label={t.deadline} value={deadline} onChange={(e) => setDeadline(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} {...field('deadline')} />
          </Stack>
          <TextField label={t.account} value={account} onChange={(e) => setAccount(e.target.value)} {...field('accountNumber')} />
          <TextField label={t.reference} value={reference} onChange={(e) => setReference(e.target.value)} {...field('paymentReference', t.referenceHelp)} />
          {errors.general ? <Alert severity="error">{errors.general}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button variant="contained" onClick={() => void create()} disabled={busy}>
          {t.createClaim}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
