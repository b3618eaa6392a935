// Personvern: the retention period and the removal of personal data from cases past it, with what
// would be removed counted first and the change log's chain checked after.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { osloDate } from '@renderer/domain/oslo-date';
import { DEFAULT_RETENTION_YEARS } from '@renderer/domain/retention';
import { ConfirmActionDialog } from '@renderer/components/ConfirmActionDialog';
import { defaultContext } from '@renderer/services/context';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { ValidationError } from '@renderer/services/errors';
import { planRetention, removeExpiredPersonalData } from '@renderer/services/retention';
import { updateSettings } from '@renderer/services/settings';
import { privacyText } from '@renderer/i18n/privacy';

const text = privacyText.retention;

export function RetentionSection() {
  const plan = useLiveQuery(() => planRetention(getDb(), osloDate(defaultContext().now())), []);
  const [years, setYears] = useState<string | null>(null);
  const [yearsError, setYearsError] = useState<string | null>(null);
  const [yearsSaved, setYearsSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ done: string; chain: string; ok: boolean } | null>(null);
  if (!plan) return null;
  const shownYears = years ?? String(plan.retentionYears ?? DEFAULT_RETENTION_YEARS);

  const saveYears = async () => {
    setYearsSaved(false);
    try {
      await updateSettings(defaultContext(), { retentionYears: Number(shownYears) });
      setYearsError(null);
      setYears(null);
      setYearsSaved(true);
    } catch (e) {
      setYearsError(e instanceof ValidationError ? e.message : String(e));
    }
  };

  const remove = async () => {
    const result = await removeExpiredPersonalData(defaultContext());
    const chain = await verifyChangeLog(getDb());
    setOutcome({
      done: text.done(result.organisations, result.applications, result.logEntries),
      chain: chain.ok ? text.chainChecked(chain.count) : text.chainBroken(chain.reason),
      ok: chain.ok,
    });
  };

  const due = plan.organisations.length + plan.applications.length;
  return (
    <Box component="section" aria-labelledby="retention-heading" sx={{ maxWidth: 720, mt: 4 }}>
      <Typography id="retention-heading" variant="h2" sx={{ mb: 2 }}>
        {text.heading}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', mb: 2 }}>
        <TextField
          label={text.yearsLabel}
          value={shownYears}
          onChange={(e) => setYears(e.target.value)}
          error={!!yearsError}
          helperText={yearsError ?? text.yearsHelp}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ width: 300 }}
        />
        <Button variant="outlined" onClick={() => void saveYears()} sx={{ mt: 1 }}>
          {text.saveYears}
        </Button>
      </Box>
      {yearsSaved ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {text.yearsSaved}
        </Alert>
      ) : null}
      <Typography sx={{ mb: 2 }}>{text.due(plan.lastExpiredYear, plan.organisations.length, plan.applications.length)}</Typography>
      <Button variant="contained" color="error" disabled={due === 0} onClick={() => setConfirming(true)}>
        {text.remove}
      </Button>
      {outcome ? (
        <Alert severity={outcome.ok ? 'success' : 'error'} role="status" sx={{ mt: 2 }}>
          {outcome.done} {outcome.chain}
        </Alert>
      ) : null}
      {confirming ? (
        <ConfirmActionDialog
          title={text.confirmTitle}
          body={text.confirmBody(plan.organisations.length, plan.applications.length)}
          confirm={text.confirm}
          failed={text.failed}
          run={remove}
          onClose={() => setConfirming(false)}
          onDone={() => setConfirming(false)}
        />
      ) : null}
    </Box>
  );
}
