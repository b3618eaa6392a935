// § 42: the party's request to postpone implementation until the appeal is decided, and the answer.
import { useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { DateField } from '@renderer/components/form/DateField';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { postponementAnswerSchema, type Appeal, type PostponementAnswer } from '@renderer/domain/appeal';
import { recordPostponement } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { appealsText as t, postponementAnswerText } from '@renderer/i18n/appeals';
import { Panel } from '../../decisions/form/Panel';

interface Values {
  requestedDate: string;
  answer: PostponementAnswer | undefined;
  answerDate: string;
  note: string;
}
const FIELDS = ['requestedDate', 'answer', 'answerDate', 'note'] as const;
const ANSWERS = postponementAnswerSchema.options.map((value) => ({ value, label: postponementAnswerText[value] }));

export function PostponementPanel({ appeal, onNotice }: { appeal: Appeal; onNotice: (text: string) => void }) {
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: {
      requestedDate: appeal.postponementRequestedDate ?? '',
      answer: appeal.postponementAnswer,
      answerDate: appeal.postponementAnswerDate ?? '',
      note: appeal.postponementNote ?? '',
    },
  });
  const onSubmit = handleSubmit(async (v) => {
    try {
      await recordPostponement(defaultContext(), appeal.id, {
        requestedDate: v.requestedDate,
        answer: v.answer,
        answerDate: v.answerDate || undefined,
        note: v.note.trim() || undefined,
      });
      onNotice(t.postponeSaved);
    } catch (error) {
      applyServiceErrors(error, FIELDS, setError, t.failed);
    }
  });
  return (
    <Panel title={t.postponeTitle} lead={t.postponeLead}>
      <Box component="form" noValidate onSubmit={onSubmit}>
        <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
          {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
          <DateField control={control} name="requestedDate" label={t.postponeRequested} />
          <SelectField control={control} name="answer" label={t.postponeAnswer} options={ANSWERS} emptyLabel={t.postponeNoAnswer} />
          <DateField control={control} name="answerDate" label={t.postponeAnswerDate} />
          <FormTextField control={control} name="note" label={t.postponeNote} multiline minRows={2} />
          <Box>
            <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
              {t.postponeSave}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Panel>
  );
}
