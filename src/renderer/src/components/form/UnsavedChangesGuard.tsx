// The leave guard for a react-hook-form form: holds while the form has changes that are not saved.
// A save in progress or just done lets the form's own navigation through.
import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import { LeaveGuard } from './LeaveGuard';

export function UnsavedChangesGuard<T extends FieldValues>({ control }: { control: Control<T> }) {
  const { isDirty, isSubmitting, isSubmitSuccessful } = useFormState({ control });
  return <LeaveGuard when={isDirty && !isSubmitting && !isSubmitSuccessful} />;
}
