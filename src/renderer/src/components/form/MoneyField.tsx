// A money field: the officer types kroner ("50 000", "50000", "1 000,50"), the FORM VALUE IS ØRE
// (integer, as in the data). Name such form fields …Ore so nobody converts twice.
// Blank → undefined; text that is not an amount → NaN (zod then says "Beløpet må være et tall").
// The text is tidied to "50 000" when the field loses focus.
import { useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { formText } from '@renderer/i18n/form';
import { kronerTextToOre, oreToKronerText } from './kroner-text';

export type MoneyFieldProps<T extends FieldValues, TOut = T> = {
  /** From useForm<Input, unknown, Output>() too: forms whose schema transforms fit. */
  control: Control<T, unknown, TOut>;
  /** A form field holding øre (number | undefined). */
  name: Path<T>;
  label: string;
  help?: string;
} & Omit<TextFieldProps, 'name' | 'label' | 'value' | 'onChange' | 'onBlur' | 'error' | 'type'>;

function sameAmount(a: number | undefined, b: number | undefined): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

export function MoneyField<T extends FieldValues, TOut = T>({
  control,
  name,
  label,
  help,
  ...rest
}: MoneyFieldProps<T, TOut>) {
  const { field, fieldState } = useController<T, Path<T>, TOut>({ control, name });
  const value = field.value as number | undefined;
  const [text, setText] = useState(() => oreToKronerText(value));
  const [shown, setShown] = useState<number | undefined>(value);

  // The form changed the value (reset, setValue): show the new amount.
  if (!sameAmount(value, shown)) {
    setShown(value);
    setText(oreToKronerText(value));
  }

  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(event) => {
        const next = kronerTextToOre(event.target.value);
        setText(event.target.value);
        setShown(next);
        field.onChange(next);
      }}
      onBlur={() => {
        if (value !== undefined && Number.isFinite(value)) setText(oreToKronerText(value));
        field.onBlur();
      }}
      label={label}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? help}
      slotProps={{
        ...rest.slotProps,
        htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { fontVariantNumeric: 'tabular-nums' } },
        input: { startAdornment: <InputAdornment position="start">{formText.kroner}</InputAdornment> },
      }}
    />
  );
}
