// Organisation picker: type part of the name or the orgnr (with or without spaces).
import { useMemo } from 'react';
import { useController, type Control } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import type { Organisation } from '@renderer/domain/organisation';
import { areaPaths } from '@renderer/components/area-paths';
import { formText } from '@renderer/i18n/applications';
import { searchTerms } from '../list/search';
import type { ApplicationFormValues } from './form-schema';
import { formatOrgnr } from '@renderer/domain/vocabulary';

const MAX_OPTIONS = 50;

interface Option {
  organisation: Organisation;
  search: string;
}

function label(o: Organisation): string {
  return `${o.name} (${formatOrgnr(o.orgnr)})`;
}

export function OrganisationField({
  control,
  organisations,
}: {
  control: Control<ApplicationFormValues>;
  organisations: readonly Organisation[];
}) {
  const { field, fieldState } = useController({ control, name: 'organisationId' });
  const options = useMemo<Option[]>(
    () => organisations.map((o) => ({ organisation: o, search: `${o.name} ${o.orgnr}`.toLowerCase() })),
    [organisations],
  );
  const value = options.find((o) => o.organisation.id === field.value) ?? null;

  return (
    <Box>
      <Autocomplete
        options={options}
        value={value}
        onChange={(_e, option) => field.onChange(option?.organisation.id ?? '')}
        onBlur={field.onBlur}
        getOptionLabel={(o) => label(o.organisation)}
        getOptionKey={(o) => o.organisation.id}
        isOptionEqualToValue={(a, b) => a.organisation.id === b.organisation.id}
        filterOptions={(all, state) => {
          const terms = searchTerms(state.inputValue);
          const out: Option[] = [];
          for (const o of all) {
            if (terms.every((t) => o.search.includes(t))) out.push(o);
            if (out.length >= MAX_OPTIONS) break;
          }
          return out;
        }}
        noOptionsText={formText.noOrganisationMatch}
        autoHighlight
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field.ref}
            name={field.name}
            label={formText.organisation}
            required
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? formText.organisationHelp}
          />
        )}
      />
      <Link component={RouterLink} to={`${areaPaths.organisations}/ny`} variant="body2" sx={{ display: 'inline-block', mt: 0.5 }}>
        {formText.createOrganisation}
      </Link>
    </Box>
  );
}
