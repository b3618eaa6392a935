// One assessor's scores for one application: per criterion a row of radio buttons on the call's
// scale (arrow keys choose, Tab moves on), an optional comment, and an overall comment. Every
// criterion must have a score; the service checks the scale again and refuses a conflicted member.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Assessment, AssessmentCriterion, ScoreScale } from '@renderer/domain/assessment';
import { scoreProblem } from '@renderer/domain/assessment/scores';
import { saveAssessment } from '@renderer/services/assessment/scoring';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import type { Person } from '@renderer/services/assessment/people';
import { tabText as t } from '@renderer/i18n/assessment';

/** Radio buttons up to this many steps; a wider scale gets a number field. */
const MAX_RADIO_STEPS = 11;

interface Props {
  applicationId: string;
  person: Person;
  criteria: readonly AssessmentCriterion[];
  scale: ScoreScale;
  existing: Assessment | undefined;
  onDone: (saved: boolean) => void;
}

export function ScoreForm({ applicationId, person, criteria, scale, existing, onDone }: Props) {
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(existing?.scores ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const [comments, setComments] = useState<Record<string, string>>(() => ({ ...(existing?.criterionComments ?? {}) }));
  const [comment, setComment] = useState(existing?.comment ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const steps = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const radios = steps.length <= MAX_RADIO_STEPS;

  function check(): { parsed: Record<string, number>; firstError?: string } {
    const found: Record<string, string> = {};
    const parsed: Record<string, number> = {};
    for (const c of criteria) {
      const text = scores[c.id]?.trim() ?? '';
      if (text === '') {
        found[c.id] = t.missingScore;
        continue;
      }
      const value = Number(text.replace(',', '.'));
      const problem = scoreProblem(value, scale);
      if (problem) found[c.id] = problem;
      else parsed[c.id] = value;
    }
    setErrors(found);
    return { parsed, firstError: criteria.find((c) => c.id in found)?.id };
  }

  async function submit() {
    setFormError(null);
    const { parsed, firstError } = check();
    if (firstError) {
      document.getElementById(`score-${firstError}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await saveAssessment(defaultContext(), { applicationId, personId: person.id, scores: parsed, criterionComments: comments, comment });
      onDone(true);
    } catch (error) {
      if (error instanceof ValidationError) setFormError(error.message);
      else {
        console.error(error);
        setFormError(t.saveFailed);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper
      component="form"
      variant="outlined"
      noValidate
      aria-labelledby="score-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      sx={{ p: 2.5 }}
    >
      <Typography id="score-form-title" variant="h3" sx={{ mb: 0.5, fontSize: '1.2rem', fontWeight: 600 }}>
        {t.formTitle(person.name)}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.scale(scale.min, scale.max, scale.minLabel, scale.maxLabel)}
      </Typography>
      <Stack spacing={2.5}>
        {criteria.map((c, i) => {
          const labelId = `score-label-${c.id}`;
          const helpId = `score-help-${c.id}`;
          const error = errors[c.id];
          return (
            <Box key={c.id} sx={{ borderTop: i === 0 ? 0 : 1, borderColor: 'divider', pt: i === 0 ? 0 : 2 }}>
              <FormControl error={Boolean(error)} sx={{ width: '100%' }}>
                <FormLabel id={labelId} sx={{ color: 'text.primary', fontWeight: 600 }}>
                  {i + 1}. {c.label}
                </FormLabel>
                {c.help ? (
                  <Typography id={helpId} variant="body2" color="text.secondary">
                    {c.help}
                  </Typography>
                ) : null}
                {radios ? (
                  <RadioGroup
                    row
                    aria-labelledby={labelId}
                    aria-describedby={c.help ? helpId : undefined}
                    value={scores[c.id] ?? ''}
                    onChange={(e) => setScores((s) => ({ ...s, [c.id]: e.target.value }))}
                  >
                    {steps.map((v, j) => (
                      <FormControlLabel
                        key={v}
                        value={String(v)}
                        label={String(v)}
                        control={<Radio slotProps={{ input: j === 0 ? { id: `score-${c.id}` } : {} }} />}
                      />
                    ))}
                  </RadioGroup>
                ) : (
                  <TextField
                    id={`score-${c.id}`}
                    size="small"
                    inputMode="numeric"
                    value={scores[c.id] ?? ''}
                    onChange={(e) => setScores((s) => ({ ...s, [c.id]: e.target.value }))}
                    slotProps={{ htmlInput: { 'aria-labelledby': labelId } }}
                    sx={{ width: 120, mt: 1 }}
                  />
                )}
                {error ? <FormHelperText>{error}</FormHelperText> : null}
              </FormControl>
              <TextField
                size="small"
                fullWidth
                label={t.criterionComment}
                value={comments[c.id] ?? ''}
                onChange={(e) => setComments((s) => ({ ...s, [c.id]: e.target.value }))}
                slotProps={{ htmlInput: { 'aria-label': t.commentFor(c.label) } }}
                sx={{ mt: 1 }}
              />
            </Box>
          );
        })}
        <TextField label={t.overall} multiline minRows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        {formError ? (
          <Alert severity="error" role="alert">
            {formError}
          </Alert>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <Alert severity="error" role="alert">
            {t.invalidCount(Object.keys(errors).length)}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1.5}>
          <Button type="submit" variant="contained" disabled={saving}>
            {saving ? t.saving : t.save}
          </Button>
          <Button onClick={() => onDone(false)}>{t.cancel}</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
