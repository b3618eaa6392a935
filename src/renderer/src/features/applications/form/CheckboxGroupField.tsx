// A group of checkboxes bound to an array field (sub-goals, target groups), in a fieldset whose
// legend names the group and whose message sits under it.
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';

interface CheckboxGroupFieldProps<T extends FieldValues, V extends string> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  options: readonly { value: V; label: string }[];
  required?: boolean;
  help?: string;
}

export function CheckboxGroupField<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  options,
  required,
  help,
}: CheckboxGroupFieldProps<T, V>) {
  const { field, fieldState } = useController({ control, name });
  const selected = (field.value as V[] | undefined) ?? [];
  const message = fieldState.error?.message ?? help;
  const helpId = `${name}-help`;
  const toggle = (value: V, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the options' order, whatever order they were ticked in.
    field.onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <FormControl
      component="fieldset"
      error={Boolean(fieldState.error)}
      required={required}
      aria-describedby={message ? helpId : undefined}
    >
      <FormLabel component="legend" sx={{ mb: 0.5 }}>
        {label}
      </FormLabel>
      <FormGroup>
        {options.map((option) => (
          <FormControlLabel
            key={option.value}
            label={option.label}
            control={
              <Checkbox
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                onBlur={field.onBlur}
                name={`${name}.${option.value}`}
                // So the first-error focus after a submit lands on the group's first box.
                slotProps={{ input: { 'aria-invalid': fieldState.error ? true : undefined } }}
              />
            }
          />
        ))}
      </FormGroup>
      {message ? <FormHelperText id={helpId}>{message}</FormHelperText> : null}
    </FormControl>
  );
}
