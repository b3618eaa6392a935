// Quick search and the filters above the list.
import type { ChangeEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import type { Call } from '@renderer/domain/call';
import { applicationStatusSchema } from '@renderer/domain/application';
import { subGoalSchema } from '@renderer/domain/call';
import { organisationKindSchema } from '@renderer/domain/organisation';
import { listText, ORGANISATION_KIND_TEXT } from '@renderer/i18n/applications';
import { applicationStatusText, screeningStatusText, type ScreeningSummaryStatus } from '@renderer/i18n/form';
import type { ListFilters } from './search';

const SCREENING_VALUES: ScreeningSummaryStatus[] = ['bestatt', 'skjonn', 'ikke_bestatt', 'ikke_vurdert'];
const ALL = '';

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  width?: number;
}

// Native selects: the browser's own list, fully keyboard- and screen-reader-usable, and far
// lighter to draw than MUI's menu-based Select (five of them sat on the list's first frame).
function FilterSelect({ label, value, options, onChange, width = 160 }: FilterSelectProps) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ALL}
      onChange={(e) => onChange(e.target.value === ALL ? undefined : e.target.value)}
      sx={{ width }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value={ALL}>{listText.all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}

interface ListToolbarProps {
  query: string;
  onQueryChange: (query: string) => void;
  filters: ListFilters;
  onFiltersChange: (filters: ListFilters) => void;
  calls: readonly Call[];
  canClear: boolean;
  onClear: () => void;
}

export function ListToolbar({ query, onQueryChange, filters, onFiltersChange, calls, canClear, onClear }: ListToolbarProps) {
  const set = <K extends keyof ListFilters>(key: K) => (value: string | undefined) =>
    onFiltersChange({ ...filters, [key]: value as ListFilters[K] });

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }} role="search">
      <TextField
        type="search"
        size="small"
        label={listText.search}
        placeholder={listText.searchPlaceholder}
        value={query}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onQueryChange(e.target.value)}
        sx={{ width: 300 }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
          htmlInput: { 'aria-description': listText.searchHelp },
        }}
      />
      {calls.length > 1 || filters.callId ? (
        <FilterSelect
          label={listText.call}
          value={filters.callId}
          options={calls.map((c) => ({ value: c.id, label: c.title }))}
          onChange={set('callId')}
          width={220}
        />
      ) : null}
      <FilterSelect
        label={listText.status}
        value={filters.status}
        options={applicationStatusSchema.options.map((s) => ({ value: s, label: applicationStatusText[s] }))}
        onChange={set('status')}
      />
      <FilterSelect
        label={listText.subGoal}
        value={filters.subGoal}
        options={subGoalSchema.options.map((g) => ({ value: g, label: g }))}
        onChange={set('subGoal')}
        width={110}
      />
      <FilterSelect
        label={listText.organisationKind}
        value={filters.organisationKind}
        options={organisationKindSchema.options.map((k) => ({ value: k, label: ORGANISATION_KIND_TEXT[k] }))}
        onChange={set('organisationKind')}
        width={190}
      />
      <FilterSelect
        label={listText.screening}
        value={filters.screening}
        options={SCREENING_VALUES.map((s) => ({ value: s, label: screeningStatusText[s] }))}
        onChange={set('screening')}
        width={180}
      />
      {canClear ? (
        <Button onClick={onClear} sx={{ alignSelf: 'center' }}>
          {listText.clearFilters}
        </Button>
      ) : null}
    </Box>
  );
}
