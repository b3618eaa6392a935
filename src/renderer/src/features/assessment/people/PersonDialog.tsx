// Add or edit one person who assesses: name, role, and whether they are still active.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { PERSON_ROLES, personRoleSchema } from '@renderer/domain/person';
import { requiredTextSchema } from '@renderer/domain/common';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { CheckboxField } from '@renderer/components/form/CheckboxField';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { createPerson, updatePerson, type Person } from '@renderer/services/assessment/people';
import { defaultContext } from '@renderer/services/context';
import { ROLE_TEXT, peopleText as t } from '@renderer/i18n/assessment';

const PersonFormSchema = z.object({
  name: requiredTextSchema('Navnet', 100),
  role: personRoleSchema,
  active: z.boolean(),
});
type PersonForm = z.infer<typeof PersonFormSchema>;

export function PersonDialog({ person, onClose }: { person?: Person; onClose: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<PersonForm>({
    resolver: zodResolver(PersonFormSchema),
    defaultValues: person ? { name: person.name, role: person.role, active: person.active } : { name: '', role: 'utvalgsmedlem', active: true },
  });
  const titleId = 'person-dialog-title';
  const onSubmit = handleSubmit(async (values) => {
    try {
      if (person) await updatePerson(defaultContext(), person.id, values);
      else await createPerson(defaultContext(), values);
      onClose();
    } catch (error) {
      applyServiceErrors(error, ['name', 'role', 'active'], setError, t.saveFailed);
    }
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id={titleId}>{person ? t.dialogEdit : t.dialogNew}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <FormTextField control={control} name="name" label={t.name} required autoFocus autoComplete="off" />
            <SelectField control={control} name="role" label={t.role} options={PERSON_ROLES.map((r) => ({ value: r, label: ROLE_TEXT[r] }))} />
            {person ? <CheckboxField control={control} name="active" label={t.activeLabel} help={t.activeHelp} /> : null}
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
