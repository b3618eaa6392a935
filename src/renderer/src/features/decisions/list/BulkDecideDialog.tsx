// One decision for many applications (e.g. every R1 dismissal): outcome, a reason template and
// own text. The service decides them all or none, and names the application that stops it.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { LetterLanguage } from '@renderer/domain/settings';
import { bulkDecide } from '@renderer/services/decisions';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { decisionsText as t, outcomeText } from '@renderer/i18n/decisions';
import { formText } from '@renderer/i18n/form';
import { useReasonTemplates } from '../reason-templates-live';

const OUTCOMES: readonly DecisionOutcome[] = ['avvist', 'avslatt', 'innvilget'];

interface Props {
  applicationIds: readonly string[];
  language: LetterLanguage;
  onClose: () => void;
  onDone: (count: number) => void;
}

export function BulkDecideDialog({ applicationIds, language, onClose, onDone }: Props) {
  const [outcome, setOutcome] = useState<DecisionOutcome>('avvist');
  const [templateId, setTemplateId] = useState('');
  const [text, setText] = useState('');
  const [conditions, setConditions] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Templates that fit the outcome first; the rest stay available.
  const allTemplates = useReasonTemplates();
  const templates = [...allTemplates].sort(
    (a, b) => Number(b.outcomes.includes(outcome)) - Number(a.outcomes.includes(outcome)),
  );

  const submit = async () => {
    setBusy(true);
    setErrors({});
    try {
      const decided = await bulkDecide(defaultContext(), applicationIds, {
        outcome,
        reasonTemplateId: templateId || undefined,
        justification: text,
        conditions,
        language,
        templates: allTemplates,
      });
      onDone(decided.length);
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else setErrors({ '': t.saveFailed });
    } finally {
      setBusy(false);
    }
  };

  const general = Object.entries(errors)
    .filter(([path]) => path !== 'justification')
    .map(([, message]) => message)[0];

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-title">
      <DialogTitle id="bulk-title">{t.bulkTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t.bulkLead(applicationIds.length)}</Typography>
        <Stack spacing={2.5}>
          <TextField select label={t.outcome} value={outcome} onChange={(e) => setOutcome(e.target.value as DecisionOutcome)}>
            {OUTCOMES.map((o) => (
              <MenuItem key={o} value={o}>
                {outcomeText[o]}
              </MenuItem>
            ))}
          </TextField>
          {outcome === 'innvilget' ? <Typography variant="body2">{t.bulkGrantNote}</Typography> : null}
          <TextField select label={t.bulkTemplate} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            <MenuItem value="">{t.bulkNoTemplate}</MenuItem>
            {templates.map((tpl) => (
              <MenuItem key={tpl.id} value={tpl.id}>
                {tpl.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t.bulkText}
            value={text}
            onChange={(e) => setText(e.target.value)}
            multiline
            minRows={3}
            error={Boolean(errors['justification'])}
            helperText={errors['justification']}
          />
          <TextField label={t.bulkConditions} value={conditions} onChange={(e) => setConditions(e.target.value)} multiline minRows={2} />
          {general ? <Alert severity="error">{general}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {formText.cancel}
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {t.bulkSubmit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
