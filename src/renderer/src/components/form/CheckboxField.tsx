// A labelled checkbox bound to a boolean react-hook-form field, with help or error text under it.
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';

export interface CheckboxFieldProps<T extends FieldValues, TOut = T> {
  /** From useForm<Input, unknown, Output>() too: forms whose schema transforms fit. */
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  help?: string;
  disabled?: boolean;
}

export function CheckboxField<T extends FieldValues, TOut = T>({
  control,
  name,
  label,
  help,
  disabled,
}: CheckboxFieldProps<T, TOut>) {
  const { field, fieldState } = useController<T, Path<T>, TOut>({ control, name });
  const message = fieldState.error?.message ?? help;
  const helpId = message ? `${field.name}-help` : undefined;
  return (
    <FormControl error={Boolean(fieldState.error)} disabled={disabled}>
      <FormControlLabel
        label={label}
        control={
          <Checkbox
            name={field.name}
            checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': helpId } }}
          />
        }
      />
      {message ? (
        <FormHelperText id={helpId} sx={{ mt: -0.5, ml: 4 }}>
          {message}
        </FormHelperText>
      ) : null}
    </FormControl>
  );
}
