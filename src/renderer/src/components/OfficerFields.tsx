// Municipality picker, the officer's name, phone and e-mail (letters give them as the case
// officer's), used by the first-run page and the settings page; the first run also asks the
// municipality's postal address for the letterhead.
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
  /** Shows the municipality's postal address (first run only; later it is set in the letterhead). */
  withPostalAddress?: boolean;
}

type TextName = 'officerPhone' | 'officerEmail' | 'postalAddress';

export function OfficerFields({ control, errors, municipalities, disabled = false, withPostalAddress = false }: OfficerFieldsProps) {
  const textField = (name: TextName, label: string, help: string, autoComplete: string, type = 'text') => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <TextField
          {...field}
          value={field.value ?? ''}
          inputRef={field.ref}
          label={label}
          type={type}
          autoComplete={autoComplete}
          disabled={disabled}
          error={Boolean(errors[name])}
          helperText={errors[name]?.message ?? help}
          {...(name === 'postalAddress' ? { multiline: true, minRows: 2 } : {})}
        />
      )}
    />
  );
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
      {textField('officerPhone', firstRunText.officerPhoneLabel, firstRunText.officerPhoneHelp, 'tel', 'tel')}
      {textField('officerEmail', firstRunText.officerEmailLabel, firstRunText.officerEmailHelp, 'email', 'email')}
      {withPostalAddress
        ? textField('postalAddress', firstRunText.postalAddressLabel, firstRunText.postalAddressHelp, 'street-address')
        : null}
    </Stack>
  );
}
