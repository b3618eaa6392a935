// A date field (the browser's date picker, keyboard-usable). The form value is "YYYY-MM-DD",
// or "" when empty: schemas for optional dates should treat "" as "no date".
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type DateFieldProps<T extends FieldValues, TOut = T> = {
  /** From useForm<Input, unknown, Output>() too: forms whose schema transforms fit. */
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  help?: string;
} & Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error' | 'type'>;

export function DateField<T extends FieldValues, TOut = T>({
  control,
  name,
  label,
  help,
  ...rest
}: DateFieldProps<T, TOut>) {
  const { field, fieldState } = useController<T, Path<T>, TOut>({ control, name });
  return (
    <TextField
      {...rest}
      type="date"
      name={field.name}
      inputRef={field.ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
      label={label}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? help}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
