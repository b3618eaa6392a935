// The report's checklist (R12): when it came, annual report, accounts, audit where the grant needs
// it, unused amount stated. Read-only once the report is approved.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { auditEvidenceSchema, type AuditEvidence } from '@renderer/domain/report';
import { oreToKronerText } from '@renderer/components/form/kroner-text';
import { FactList } from '@renderer/components/form/FactList';
import { formatDate, formatMoney, parseKroner } from '@renderer/i18n/format';
import { auditEvidenceText, reportsText as t } from '@renderer/i18n/reports';
import { defaultContext } from '@renderer/services/context';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { saveReport } from '@renderer/services/reports/reports';
import { NO_ERRORS, formErrorsOf, type FormErrors } from './service-error';

function initial(row: ReportRow) {
  const r = row.report;
  return {
    receivedDate: r?.receivedDate ?? '',
    annualReportReceived: r?.annualReportReceived ?? false,
    accountsReceived: r?.accountsReceived ?? false,
    auditedAccountsReceived: r?.auditedAccountsReceived ?? false,
    auditEvidence: (r?.auditEvidence ?? '') as AuditEvidence | '',
    unusedAmountStated: r?.unusedAmountStated ?? false,
    unused: oreToKronerText(r?.unusedAmountOre ?? 0),
    comment: r?.comment ?? '',
  };
}

export function ReportChecklist({ row, onNotice }: { row: ReportRow; onNotice: (m: string) => void }) {
  const [form, setForm] = useState(() => initial(row));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const locked = row.report?.approved ?? false;
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    const unusedOre = parseKroner(form.unused);
    if (unusedOre === null || unusedOre < 0) {
      setErrors({ fields: { unusedAmountOre: t.amountInvalid }, general: null });
      return;
    }
    setBusy(true);
    try {
      await saveReport(defaultContext(), {
        decisionId: row.decision.id,
        receivedDate: form.receivedDate || undefined,
        annualReportReceived: form.annualReportReceived,
        accountsReceived: form.accountsReceived,
        auditedAccountsReceived: form.auditedAccountsReceived,
        auditEvidence: form.auditEvidence || undefined,
        unusedAmountStated: form.unusedAmountStated,
        unusedAmountOre: unusedOre,
        comment: form.comment,
        expectedUpdatedAt: row.report?.updatedAt,
      });
      setErrors(NO_ERRORS);
      onNotice(t.saved);
    } catch (e) {
      setErrors(formErrorsOf(e));
    } finally {
      setBusy(false);
    }
  };

  const check = (key: 'annualReportReceived' | 'accountsReceived' | 'auditedAccountsReceived' | 'unusedAmountStated', label: string) => (
    <FormControlLabel
      control={<Checkbox checked={form[key]} onChange={(e) => set(key, e.target.checked)} disabled={locked} />}
      label={label}
    />
  );

  if (locked && row.report) return <ChecklistSummary row={row} />;

  return (
    <Box component="section" aria-labelledby="sjekkliste" sx={{ mb: 4 }}>
      <Typography id="sjekkliste" variant="h2" sx={{ mb: 2 }}>
        {t.checklist}
      </Typography>
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <TextField
          type="date"
          label={t.receivedDate}
          value={form.receivedDate}
          onChange={(e) => set('receivedDate', e.target.value)}
          disabled={locked}
          error={Boolean(errors.fields['receivedDate'])}
          helperText={errors.fields['receivedDate'] ?? ' '}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ maxWidth: 240 }}
        />
        <FormGroup>
          {check('annualReportReceived', t.annualReport)}
          {check('accountsReceived', t.accounts)}
          {check('auditedAccountsReceived', row.auditRequired ? t.audited : t.auditedNotNeeded)}
          {form.auditedAccountsReceived ? (
            <TextField
              select
              label={t.auditEvidence}
              value={form.auditEvidence}
              onChange={(e) => set('auditEvidence', e.target.value as AuditEvidence)}
              disabled={locked}
              error={Boolean(errors.fields['auditEvidence'])}
              helperText={errors.fields['auditEvidence'] ?? ' '}
              sx={{ ml: 4, my: 1, maxWidth: 320 }}
            >
              {auditEvidenceSchema.options.map((o) => (
                <MenuItem key={o} value={o}>
                  {auditEvidenceText[o]}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {check('unusedAmountStated', t.unusedStated)}
        </FormGroup>
        <TextField
          label={t.unusedAmount}
          value={form.unused}
          onChange={(e) => set('unused', e.target.value)}
          error={Boolean(errors.fields['unusedAmountOre'] ?? errors.fields['unusedAmountStated'])}
          helperText={errors.fields['unusedAmountOre'] ?? errors.fields['unusedAmountStated'] ?? t.unusedHelp}
          slotProps={{ input: { startAdornment: <Typography sx={{ mr: 1 }}>kr</Typography> } }}
          sx={{ maxWidth: 240 }}
        />
        <TextField label={t.comment} value={form.comment} onChange={(e) => set('comment', e.target.value)} disabled={locked} multiline minRows={2} />
        {errors.general ? <Alert severity="error">{errors.general}</Alert> : null}
        {!locked ? (
          <Box>
            <Button variant="contained" onClick={() => void save()} disabled={busy}>
              {t.save}
            </Button>
          </Box>
        ) : null}
      </Stack>
    </Box>
  );
}

/** An approved report's checklist as read-only facts (disabled fields would be hard to read). */
function ChecklistSummary({ row }: { row: ReportRow }) {
  const r = row.report!;
  const yesNo = (v: boolean) => (v ? t.yes : t.no);
  return (
    <Box component="section" aria-labelledby="sjekkliste" sx={{ mb: 4 }}>
      <Typography id="sjekkliste" variant="h2" sx={{ mb: 2 }}>
        {t.checklist}
      </Typography>
      <FactList
        items={[
          [t.receivedDate, formatDate(r.receivedDate)],
          [t.annualReport, yesNo(r.annualReportReceived)],
          [t.accounts, yesNo(r.accountsReceived)],
          [row.auditRequired ? t.audited : t.auditedNotNeeded, r.auditedAccountsReceived && r.auditEvidence ? auditEvidenceText[r.auditEvidence] : yesNo(false)],
          [t.unusedAmount, r.unusedAmountStated ? formatMoney(r.unusedAmountOre) : yesNo(false)],
          ...(r.comment ? [[t.comment, r.comment] as const] : []),
        ]}
      />
    </Box>
  );
}
