// A text field bound to a react-hook-form string field; the error message replaces the help text.
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type FormTextFieldProps<T extends FieldValues, TOut = T> = {
  /** From useForm<Input, unknown, Output>() too: forms whose schema transforms fit. */
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  help?: string;
} & Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error'>;

export function FormTextField<T extends FieldValues, TOut = T>({
  control,
  name,
  label,
  help,
  ...rest
}: FormTextFieldProps<T, TOut>) {
  const { field, fieldState } = useController<T, Path<T>, TOut>({ control, name });
  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
      label={label}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? help}
    />
  );
}
