// A whole-number field (year, weeks, counts). The form value is a number; blank → undefined and
// anything else that is not a whole number → NaN, which zod rejects with the schema's message.
import { useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export type IntegerFieldProps<T extends FieldValues, TOut = T> = {
  /** From useForm<Input, unknown, Output>() too: forms whose schema transforms fit. */
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  help?: string;
  /** A unit shown after the number, e.g. "uker". */
  unit?: string;
} & Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error' | 'type'>;

function toText(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function IntegerField<T extends FieldValues, TOut = T>({
  control,
  name,
  label,
  help,
  unit,
  ...rest
}: IntegerFieldProps<T, TOut>) {
  const { field, fieldState } = useController<T, Path<T>, TOut>({ control, name });
  const value = field.value as number | undefined;
  const [text, setText] = useState(() => toText(value));
  const [shown, setShown] = useState<number | undefined>(value);
  if (value !== shown && !(Number.isNaN(value) && Number.isNaN(shown))) {
    setShown(value);
    setText(toText(value));
  }

  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(event) => {
        const next = toNumber(event.target.value);
        setText(event.target.value);
        setShown(next);
        field.onChange(next);
      }}
      onBlur={field.onBlur}
      label={label}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? help}
      slotProps={{
        htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}
