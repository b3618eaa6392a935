// Registrer inhabilitet: who, on which ground of forvaltningsloven § 6, a note, and who declares it.
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
import { CONFLICT_GROUNDS, CONFLICT_GROUND_LABELS, conflictDeclaredBySchema, conflictGroundSchema } from '@renderer/domain/conflict-of-interest';
import { optionalTextSchema } from '@renderer/domain/common';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { recordConflict } from '@renderer/services/assessment/conflicts';
import type { Person } from '@renderer/services/assessment/people';
import { defaultContext } from '@renderer/services/context';
import { DECLARED_BY_TEXT, conflictText as t } from '@renderer/i18n/assessment';

const ConflictFormSchema = z.object({
  personId: z.string({ error: t.choosePerson }).min(1, { error: t.choosePerson }),
  ground: conflictGroundSchema,
  note: optionalTextSchema('Merknaden', 2000),
  declaredBy: conflictDeclaredBySchema,
});
type ConflictForm = z.infer<typeof ConflictFormSchema>;

interface Props {
  applicationId: string;
  people: readonly Person[];
  personId?: string;
  onClose: () => void;
}

export function ConflictDialog({ applicationId, people, personId, onClose }: Props) {
  const { control, handleSubmit, setError, formState } = useForm<ConflictForm>({
    resolver: zodResolver(ConflictFormSchema),
    defaultValues: { personId: personId ?? '', ground: 'e', note: '', declaredBy: 'medlem' },
  });
  const titleId = 'conflict-dialog-title';
  const onSubmit = handleSubmit(async (values) => {
    try {
      await recordConflict(defaultContext(), { applicationId, ...values });
      onClose();
    } catch (error) {
      applyServiceErrors(error, ['personId', 'ground', 'note', 'declaredBy'], setError, t.saveFailed);
    }
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id={titleId}>{t.title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t.intro}</DialogContentText>
          <Stack spacing={2.5}>
            <SelectField control={control} name="personId" label={t.person} options={people.map((p) => ({ value: p.id, label: p.name }))} required autoFocus />
            <Controller
              control={control}
              name="ground"
              render={({ field }) => (
                <FormControl>
                  <FormLabel id={`${titleId}-ground`}>{t.ground}</FormLabel>
                  <RadioGroup {...field} aria-labelledby={`${titleId}-ground`}>
                    {CONFLICT_GROUNDS.map((g) => (
                      <FormControlLabel key={g} value={g} control={<Radio />} label={CONFLICT_GROUND_LABELS[g]} />
                    ))}
                  </RadioGroup>
                </FormControl>
              )}
            />
            <FormTextField control={control} name="note" label={t.note} help={t.noteHelp} multiline minRows={2} />
            <Controller
              control={control}
              name="declaredBy"
              render={({ field }) => (
                <FormControl>
                  <FormLabel id={`${titleId}-by`}>{t.declaredBy}</FormLabel>
                  <RadioGroup {...field} aria-labelledby={`${titleId}-by`}>
                    {conflictDeclaredBySchema.options.map((o) => (
                      <FormControlLabel key={o} value={o} control={<Radio />} label={DECLARED_BY_TEXT[o]} />
                    ))}
                  </RadioGroup>
                </FormControl>
              )}
            />
            {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t.saving : t.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
