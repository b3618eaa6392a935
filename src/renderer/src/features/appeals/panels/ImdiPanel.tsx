// IMDi's outcome: stadfestet, omgjort (IMDi's new decision is recorded here) or opphevet.
import { useForm, useWatch, type Control } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { DateField } from '@renderer/components/form/DateField';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { imdiAppealOutcomeSchema, type Appeal, type ImdiAppealOutcome } from '@renderer/domain/appeal';
import { osloDate } from '@renderer/domain/oslo-date';
import { recordImdiOutcome } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { appealsText as t, imdiOutcomeText } from '@renderer/i18n/appeals';
import { Panel } from '../../decisions/form/Panel';
import {
  NEW_DECISION_DEFAULTS,
  NEW_DECISION_FIELDS,
  NewDecisionFields,
  newDecisionInput,
  type NewDecisionValues,
} from './NewDecisionFields';

type Values = NewDecisionValues & { imdiOutcome: ImdiAppealOutcome | undefined; date: string; comment: string };
const FIELDS = ['imdiOutcome', 'date', 'comment', ...NEW_DECISION_FIELDS] as const;
const OUTCOMES = imdiAppealOutcomeSchema.options.map((value) => ({ value, label: imdiOutcomeText[value] }));

export function ImdiPanel({ appeal, onNotice }: { appeal: Appeal; onNotice: (text: string) => void }) {
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { ...NEW_DECISION_DEFAULTS, imdiOutcome: undefined, date: osloDate(new Date()), comment: '' },
  });
  const outcome = useWatch({ control, name: 'imdiOutcome' });

  if (appeal.imdiOutcome) {
    return (
      <Panel title={t.imdiTitle}>
        <Alert severity="info">{t.imdiDone(imdiOutcomeText[appeal.imdiOutcome], appeal.imdiOutcomeDate ?? '')}</Alert>
        {appeal.imdiComment ? <Box sx={{ mt: 1.5, whiteSpace: 'pre-wrap' }}>{appeal.imdiComment}</Box> : null}
      </Panel>
    );
  }

  const onSubmit = handleSubmit(async (v) => {
    if (!v.imdiOutcome) {
      setError('imdiOutcome', { type: 'required', message: 'Velg IMDis utfall' });
      return;
    }
    try {
      await recordImdiOutcome(defaultContext(), appeal.id, {
        outcome: v.imdiOutcome,
        date: v.date,
        comment: v.comment.trim() || undefined,
        decision: v.imdiOutcome === 'omgjort' ? newDecisionInput(v) : undefined,
      });
      onNotice(t.imdiSaved);
    } catch (error) {
      applyServiceErrors(error, FIELDS, setError, t.failed);
    }
  });

  return (
    <Panel title={t.imdiTitle}>
      <Box component="form" noValidate onSubmit={onSubmit}>
        <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
          {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
          <SelectField control={control} name="imdiOutcome" label={t.imdiOutcome} options={OUTCOMES} required />
          <DateField control={control} name="date" label={t.imdiDate} required />
          {outcome === 'omgjort' ? (
            <>
              <Typography variant="h3" component="h3">
                {t.imdiNewDecision}
              </Typography>
              <NewDecisionFields control={control as unknown as Control<NewDecisionValues & Record<string, unknown>>} />
            </>
          ) : null}
          <FormTextField control={control} name="comment" label={t.imdiComment} multiline minRows={2} />
          <Box>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {t.imdiSave}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Panel>
  );
}
