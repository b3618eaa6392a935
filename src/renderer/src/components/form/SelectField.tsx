// A select bound to a react-hook-form field. `emptyLabel` adds a first option meaning "none",
// whose form value is undefined (so optional enum fields stay optional).
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export type SelectFieldProps<T extends FieldValues, V extends string, TOut = T> = {
  /** From useForm<Input, unknown, Output>() too: forms whose schema transforms fit. */
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  options: readonly SelectOption<V>[];
  help?: string;
  emptyLabel?: string;
} & Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error' | 'select'>;

const EMPTY = '';

export function SelectField<T extends FieldValues, V extends string, TOut = T>({
  control,
  name,
  label,
  options,
  help,
  emptyLabel,
  ...rest
}: SelectFieldProps<T, V, TOut>) {
  const { field, fieldState } = useController<T, Path<T>, TOut>({ control, name });
  return (
    <TextField
      {...rest}
      select
      name={field.name}
      inputRef={field.ref}
      value={(field.value as string | undefined) ?? EMPTY}
      onChange={(event) => field.onChange(event.target.value === EMPTY ? undefined : event.target.value)}
      onBlur={field.onBlur}
      label={label}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? help}
    >
      {emptyLabel !== undefined ? <MenuItem value={EMPTY}>{emptyLabel}</MenuItem> : null}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
