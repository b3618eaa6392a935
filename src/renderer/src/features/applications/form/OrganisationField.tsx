// Organisation picker: type part of the name or the orgnr (with or without spaces).
// «Registrer en ny organisasjon» opens the organisation form in a dialog and chooses what it saves.
import { useMemo, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import type { Organisation } from '@renderer/domain/organisation';
import { SavedMessage } from '@renderer/components/form/SavedNotice';
import { formText } from '@renderer/i18n/applications';
import { organisationsText } from '@renderer/i18n/organisations';
import { searchTerms } from '../list/search';
import { NewOrganisationDialog } from './NewOrganisationDialog';
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
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Organisation>();
  const [notice, setNotice] = useState<string>();
  // The one just created is listed at once, before the live list behind the form catches up.
  const all = useMemo(
    () => (created && !organisations.some((o) => o.id === created.id) ? [...organisations, created] : organisations),
    [organisations, created],
  );
  const options = useMemo<Option[]>(
    () => all.map((o) => ({ organisation: o, search: `${o.name} ${o.orgnr}`.toLowerCase() })),
    [all],
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
      <Button size="small" startIcon={<AddIcon />} onClick={() => setCreating(true)} sx={{ mt: 0.5 }}>
        {formText.createOrganisation}
      </Button>
      {creating ? (
        <NewOrganisationDialog
          onClose={() => setCreating(false)}
          onCreated={(organisation) => {
            setCreated(organisation);
            field.onChange(organisation.id);
            setCreating(false);
            setNotice(organisationsText.created);
          }}
        />
      ) : null}
      <SavedMessage message={notice} onClose={() => setNotice(undefined)} />
    </Box>
  );
}
