// § 31: for a late appeal, whether it is considered all the same, and why.
import { useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { FormTextField } from '@renderer/components/form/FormTextField';
import type { Appeal } from '@renderer/domain/appeal';
import { recordLateConsideration } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { appealsText as t } from '@renderer/i18n/appeals';
import { Panel } from '../../decisions/form/Panel';

export function LatePanel({ appeal, onNotice }: { appeal: Appeal; onNotice: (text: string) => void }) {
  const { control, handleSubmit, setError, formState } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  if (appeal.lateConsidered !== undefined) {
    return (
      <Panel title={t.lateTitle}>
        <Alert severity={appeal.lateConsidered ? 'info' : 'warning'}>{t.lateDone(appeal.lateConsidered, appeal.lateReason ?? '')}</Alert>
      </Panel>
    );
  }
  const save = (considered: boolean) =>
    handleSubmit(async ({ reason }) => {
      try {
        await recordLateConsideration(defaultContext(), appeal.id, { considered, reason });
        onNotice(t.lateSaved);
      } catch (error) {
        applyServiceErrors(error, ['reason'], setError, t.failed);
      }
    });
  return (
    <Panel title={t.lateTitle} lead={t.lateLead}>
      <Stack spacing={2} sx={{ maxWidth: 640 }}>
        {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
        <FormTextField control={control} name="reason" label={t.lateReason} required multiline minRows={2} />
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={() => void save(true)()} disabled={formState.isSubmitting}>
            {t.lateConsider}
          </Button>
          <Button variant="outlined" color="error" onClick={() => void save(false)()} disabled={formState.isSubmitting}>
            {t.lateDismiss}
          </Button>
        </Box>
      </Stack>
    </Panel>
  );
}
