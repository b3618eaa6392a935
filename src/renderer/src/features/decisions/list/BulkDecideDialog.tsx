// One decision for many applications (e.g. every R1 dismissal). No outcome is chosen for the
// officer; before confirming, the dialog lists what will happen: new and changed decisions, and
// the cases left as they are (letter sent, screening failed, …). The service decides the rest in
// one batch and never touches a locked decision.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
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
import { bulkDecide, previewBulkDecision } from '@renderer/services/decisions';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { formText } from '@renderer/i18n/form';
import { useReasonTemplates } from '../reason-templates-live';
import { bulkPlanLines, type BulkPreview } from './bulk-plan-summary';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

const OUTCOMES: readonly DecisionOutcome[] = ['innvilget', 'avslatt', 'avvist'];

interface Props {
  applicationIds: readonly string[];
  language: LetterLanguage;
  onClose: () => void;
  onDone: (decided: number, skipped: number) => void;
}

export function BulkDecideDialog({ applicationIds, language, onClose, onDone }: Props) {
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [templateId, setTemplateId] = useState('');
  const [text, setText] = useState('');
  const [conditions, setConditions] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<BulkPreview | null>(null);
  // Templates that fit the outcome first; the rest stay available.
  const allTemplates = useReasonTemplates();
  const templates = [...allTemplates].sort(
    (a, b) => Number(outcome !== '' && b.outcomes.includes(outcome)) - Number(outcome !== '' && a.outcomes.includes(outcome)),
  );
  const idsKey = applicationIds.join(',');

  useEffect(() => {
    if (outcome === '') return;
    let stale = false;
    // Typing in the text field re-plans after a pause, not on every key.
    const timer = setTimeout(() => {
      previewBulkDecision(defaultContext(), idsKey.split(','), {
        outcome,
        reasonTemplateId: templateId || undefined,
        justification: text,
        language,
        templates: allTemplates,
      })
        .then((p) => {
          if (!stale) {
            setPreview(p);
            setErrors({});
          }
        })
        .catch((e: unknown) => {
          if (stale) return;
          setPreview(null);
          setErrors(e instanceof ValidationError ? e.fieldErrors : { '': t.saveFailed });
        });
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [idsKey, outcome, templateId, text, language, allTemplates]);

  const toDecide = preview ? preview.newCount + preview.changedCount : 0;

  const submit = async () => {
    if (outcome === '') {
      setErrors({ outcome: s.bulkOutcomeRequired });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const result = await bulkDecide(defaultContext(), applicationIds, {
        outcome,
        reasonTemplateId: templateId || undefined,
        justification: text,
        conditions,
        language,
        templates: allTemplates,
      });
      onDone(result.decided.length, result.skipped.length);
    } catch (e) {
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else setErrors({ '': t.saveFailed });
    } finally {
      setBusy(false);
    }
  };

  const general = Object.entries(errors)
    .filter(([path]) => path !== 'justification' && path !== 'outcome')
    .map(([, message]) => message)[0];
  const lines = preview && outcome !== '' ? bulkPlanLines(preview, outcome) : null;

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-title">
      <DialogTitle id="bulk-title">{t.bulkTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{s.bulkLead(applicationIds.length)}</Typography>
        <Stack spacing={2.5}>
          <TextField
            select
            label={t.outcome}
            value={outcome}
            required
            onChange={(e) => {
              setOutcome(e.target.value as DecisionOutcome);
              setPreview(null);
            }}
            error={Boolean(errors['outcome'])}
            helperText={errors['outcome'] ?? (outcome === '' ? s.bulkChooseOutcome : ' ')}
          >
            {OUTCOMES.map((o) => (
              <MenuItem key={o} value={o}>
                {DECISION_OUTCOME_LABELS[o]}
              </MenuItem>
            ))}
          </TextField>
          {outcome === 'innvilget' ? <Typography variant="body2">{t.bulkGrantNote}</Typography> : null}
          {outcome === 'avvist' ? <Typography variant="body2">{s.bulkDismissNote}</Typography> : null}
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
          {outcome !== '' ? (
            <Alert severity={preview?.frameProblem ? 'error' : 'info'} variant="outlined" role="status" data-testid="bulk-plan">
              <AlertTitle>{s.bulkPlanTitle}</AlertTitle>
              {lines ? (
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {[...lines.decide, ...lines.skip].map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                  {preview?.frameProblem ? <li>{preview.frameProblem}</li> : null}
                </Box>
              ) : general ? null : (
                (errors['justification'] ?? errors['outcome'] ?? s.bulkPlanLoading)
              )}
              {preview && preview.skipped.length > 0 ? (
                <Box sx={{ mt: 1 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {s.bulkSkippedList}
                  </Typography>
                  <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                    {preview.skipped.map((x) => (
                      <Typography component="li" variant="body2" key={x.applicationId}>
                        «{x.title}»: {x.message}
                      </Typography>
                    ))}
                  </Box>
                </Box>
              ) : null}
            </Alert>
          ) : null}
          {general ? <Alert severity="error">{general}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {formText.cancel}
        </Button>
        <Button
          variant="contained"
          onClick={() => void submit()}
          disabled={busy || outcome === '' || !preview || toDecide === 0 || Boolean(preview.frameProblem)}
        >
          {s.bulkSubmit(toDecide)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
