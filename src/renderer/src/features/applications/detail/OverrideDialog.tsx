// Overstyr: the officer sets a rule's result and must write why; nothing is saved without a reason.
import { useForm, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { screeningOutcomeSchema, type ScreeningOutcome, type ScreeningRuleId } from '@renderer/domain/screening';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { overrideScreeningRule } from '@renderer/services/screening';
import { defaultContext } from '@renderer/services/context';
import { OUTCOME_TEXT, screeningText as t } from '@renderer/i18n/screening';

const OverrideFormSchema = z.object({
  result: screeningOutcomeSchema,
  reason: z.string().trim().min(1, { error: t.overrideReasonMissing }).max(2000, { error: 'Begrunnelsen kan ha høyst 2000 tegn' }),
});
type OverrideForm = z.infer<typeof OverrideFormSchema>;

interface OverrideDialogProps {
  applicationId: string;
  rule: ScreeningRuleId;
  current: ScreeningOutcome;
  onClose: () => void;
}

export function OverrideDialog({ applicationId, rule, current, onClose }: OverrideDialogProps) {
  const { control, handleSubmit, setError, formState } = useForm<OverrideForm>({
    resolver: zodResolver(OverrideFormSchema),
    // Suggest the other way round from what the rules found; the officer picks anyway.
    defaultValues: { result: current === 'bestatt' ? 'ikke_bestatt' : 'bestatt', reason: '' },
  });
  const titleId = `override-${rule}-title`;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await overrideScreeningRule(defaultContext(), { applicationId, rule, ...values });
      onClose();
    } catch (error) {
      applyServiceErrors(error, ['result', 'reason'], setError, t.overrideFailed);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id={titleId}>{t.overrideTitle(rule)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t.overrideIntro}</DialogContentText>
          <Stack spacing={2.5}>
            <Controller
              control={control}
              name="result"
              render={({ field }) => (
                <FormControl>
                  <FormLabel id={`${titleId}-result`}>{t.overrideResult}</FormLabel>
                  <RadioGroup {...field} aria-labelledby={`${titleId}-result`}>
                    {screeningOutcomeSchema.options.map((o) => (
                      <FormControlLabel key={o} value={o} control={<Radio />} label={OUTCOME_TEXT[o]} />
                    ))}
                  </RadioGroup>
                </FormControl>
              )}
            />
            <FormTextField
              control={control}
              name="reason"
              label={t.overrideReason}
              help={t.overrideReasonHelp}
              required
              multiline
              minRows={3}
              autoFocus
            />
            {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t.overrideSaving : t.overrideSave}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
