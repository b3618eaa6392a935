// Municipality picker and officer name, used by the first-run page and the settings page.
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { FirstRunInput } from '@renderer/domain/settings';
import type { Municipality } from '@renderer/domain/municipality';
import { firstRunText } from '@renderer/i18n/first-run';

interface OfficerFieldsProps {
  control: Control<FirstRunInput>;
  errors: FieldErrors<FirstRunInput>;
  municipalities: readonly Municipality[];
  disabled?: boolean;
}

export function OfficerFields({ control, errors, municipalities, disabled = false }: OfficerFieldsProps) {
  return (
    <Stack spacing={3}>
      <Controller
        name="municipalityId"
        control={control}
        render={({ field }) => (
          <Autocomplete
            options={municipalities}
            value={municipalities.find((m) => m.id === field.value) ?? null}
            onChange={(_event, option) => field.onChange(option?.id ?? '')}
            onBlur={field.onBlur}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            noOptionsText={firstRunText.noMunicipalityMatch}
            disabled={disabled}
            autoHighlight
            renderInput={(params) => (
              <TextField
                {...params}
                inputRef={field.ref}
                name={field.name}
                label={firstRunText.municipalityLabel}
                required
                error={Boolean(errors.municipalityId)}
                helperText={errors.municipalityId?.message ?? firstRunText.municipalityHelp}
              />
            )}
          />
        )}
      />
      <Controller
        name="officerName"
        control={control}
        render={({ field }) => (
          <TextField
            {...field}
            inputRef={field.ref}
            label={firstRunText.officerNameLabel}
            autoComplete="name"
            required
            disabled={disabled}
            error={Boolean(errors.officerName)}
            helperText={errors.officerName?.message ?? firstRunText.officerNameHelp}
          />
        )}
      />
    </Stack>
  );
}
