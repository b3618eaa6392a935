// The municipality's own review (§ 33): uphold with comments for IMDi, or reverse with a new decision.
import { useState } from 'react';
import { useForm, type Control } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { DateField } from '@renderer/components/form/DateField';
import { FormTextField } from '@renderer/components/form/FormTextField';
import type { Appeal } from '@renderer/domain/appeal';
import { osloDate } from '@renderer/domain/oslo-date';
import { reverseOnOwnReview, upholdOnOwnReview } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { appealsText as t } from '@renderer/i18n/appeals';
import { Panel } from '../../decisions/form/Panel';
import {
  NEW_DECISION_DEFAULTS,
  NEW_DECISION_FIELDS,
  NewDecisionFields,
  newDecisionInput,
  type NewDecisionValues,
} from './NewDecisionFields';

type Values = NewDecisionValues & { date: string; comment: string };
const FIELDS = ['date', 'comment', ...NEW_DECISION_FIELDS] as const;

export function ReviewPanel({ appeal, onNotice }: { appeal: Appeal; onNotice: (text: string) => void }) {
  const [choice, setChoice] = useState<'uphold' | 'reverse'>('uphold');
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { ...NEW_DECISION_DEFAULTS, date: osloDate(new Date()), comment: '' },
  });

  if (appeal.ownReview) {
    return (
      <Panel title={t.reviewTitle}>
        <Alert severity="info">{appeal.ownReview === 'omgjort' ? t.reversed(appeal.ownReviewDate ?? '') : t.upheld(appeal.ownReviewDate ?? '')}</Alert>
        {appeal.ownReviewComment ? <Box sx={{ mt: 1.5, whiteSpace: 'pre-wrap' }}>{appeal.ownReviewComment}</Box> : null}
      </Panel>
    );
  }

  const onSubmit = handleSubmit(async (v) => {
    try {
      if (choice === 'uphold') {
        await upholdOnOwnReview(defaultContext(), appeal.id, { date: v.date, comment: v.comment });
        onNotice(t.upheld(v.date));
      } else {
        const decision = newDecisionInput(v);
        if (!decision) throw ValidationError.forField('outcome', 'Velg utfall for det nye vedtaket');
        await reverseOnOwnReview(defaultContext(), appeal.id, { date: v.date, comment: v.comment, decision });
        onNotice(t.reversed(v.date));
      }
    } catch (error) {
      applyServiceErrors(error, FIELDS, setError, t.failed);
    }
  });

  return (
    <Panel title={t.reviewTitle} lead={t.reviewLead}>
      <Box component="form" noValidate onSubmit={onSubmit}>
        <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
          {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
          <RadioGroup aria-label={t.reviewTitle} row value={choice} onChange={(e) => setChoice(e.target.value as 'uphold' | 'reverse')}>
            <FormControlLabel value="uphold" control={<Radio />} label={t.uphold} />
            <FormControlLabel value="reverse" control={<Radio />} label={t.reverse} />
          </RadioGroup>
          <DateField control={control} name="date" label={t.reviewDate} required />
          <FormTextField
            control={control}
            name="comment"
            label={choice === 'uphold' ? t.upholdComment : t.reverseComment}
            required
            multiline
            minRows={3}
          />
          {choice === 'reverse' ? <NewDecisionFields control={control as unknown as Control<NewDecisionValues & Record<string, unknown>>} /> : null}
          <Box>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {choice === 'uphold' ? t.upholdSave : t.reverseSave}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Panel>
  );
}
