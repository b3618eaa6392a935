// Quick search and the filters above the list.
import { useId, type ChangeEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Theme } from '@mui/material/styles';
import type { Call } from '@renderer/domain/call';
import { APPLICATION_STATUSES, ORGANISATION_KINDS, SUB_GOALS } from '@renderer/domain/list-values';
import { listText } from '@renderer/i18n/applications';
import { screeningStatusText, type ScreeningSummaryStatus } from '@renderer/i18n/form';
import type { ListFilters } from './search';
import { APPLICATION_STATUS_LABELS, ORGANISATION_KIND_LABELS } from '@renderer/domain/vocabulary';

export const SCREENING_VALUES: ScreeningSummaryStatus[] = ['bestatt', 'skjonn', 'ikke_bestatt', 'ikke_vurdert'];
const ALL = '';

// The fields are plain <input> and native <select> elements styled once here to look like MUI's
// small outlined fields: five MUI TextFields (some ten styled parts each) were a large part of the
// list's first frame. Native selects are also the browser's own, fully keyboard- and
// screen-reader-usable list. The label sits on the border, on the page's background.
const FIELD_HEIGHT = 40;
const TOOLBAR_STYLES = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 1.5,
  alignItems: 'flex-start',
  '& .field': { position: 'relative', display: 'flex', alignItems: 'center' },
  '& .field label': {
    position: 'absolute',
    top: -8,
    left: 10,
    px: 0.5,
    typography: 'caption',
    lineHeight: '16px',
    color: 'text.secondary',
    bgcolor: 'background.default',
    pointerEvents: 'none',
    whiteSpace: 'nowrap',
  },
  '& .field:focus-within label': { color: 'primary.main' },
  '& input, & select': {
    width: '100%',
    height: FIELD_HEIGHT,
    boxSizing: 'border-box',
    font: 'inherit',
    typography: 'body1',
    color: 'text.primary',
    bgcolor: 'transparent',
    border: '1px solid rgba(0, 0, 0, 0.23)',
    borderRadius: 1,
    px: 1.75,
    m: 0,
    '&:hover': { borderColor: 'text.primary' },
    // As MUI's fields: focus shows as a 2 px border in the primary colour (and the label turns blue).
    '&:focus': { outline: 0, borderColor: 'primary.main', boxShadow: (theme: Theme) => `inset 0 0 0 1px ${theme.palette.primary.main}` },
  },
  '& input': { pl: 5 },
  '& input::placeholder': { color: 'text.secondary', opacity: 0.75 },
  '& select': { appearance: 'none', pr: 4, cursor: 'pointer' },
  '& .field svg': { position: 'absolute', width: 20, height: 20, fill: 'currentColor', color: 'text.secondary', pointerEvents: 'none' },
  '& .field .search-icon': { left: 12 },
  '& .field .select-arrow': { right: 8 },
} as const;

// Material Design's search and drop-down arrow icons, drawn inline (no icon component per field).
const SEARCH_PATH =
  'M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14';
const ARROW_PATH = 'M7 10l5 5 5-5z';

interface FilterSelectProps {
  id: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  width?: number;
}

function FilterSelect({ id, label, value, options, onChange, width = 160 }: FilterSelectProps) {
  return (
    <div className="field" style={{ width }}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ALL} onChange={(e) => onChange(e.target.value === ALL ? undefined : e.target.value)}>
        <option value={ALL}>{listText.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <svg className="select-arrow" viewBox="0 0 24 24" aria-hidden="true">
        <path d={ARROW_PATH} />
      </svg>
    </div>
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
  const idBase = useId();
  const set = <K extends keyof ListFilters>(key: K) => (value: string | undefined) =>
    onFiltersChange({ ...filters, [key]: value as ListFilters[K] });

  return (
    <Box sx={TOOLBAR_STYLES} role="search">
      <div className="field" style={{ width: 300 }}>
        <label htmlFor={`${idBase}-sok`}>{listText.search}</label>
        <svg className="search-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d={SEARCH_PATH} />
        </svg>
        <input
          id={`${idBase}-sok`}
          type="search"
          placeholder={listText.searchPlaceholder}
          aria-description={listText.searchHelp}
          value={query}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onQueryChange(e.target.value)}
        />
      </div>
      {calls.length > 1 || filters.callId ? (
        <FilterSelect
          label={listText.call}
          id={`${idBase}-callId`}
          value={filters.callId}
          options={calls.map((c) => ({ value: c.id, label: c.title }))}
          onChange={set('callId')}
          width={220}
        />
      ) : null}
      <FilterSelect
        label={listText.status}
        id={`${idBase}-status`}
        value={filters.status}
        options={APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] }))}
        onChange={set('status')}
      />
      <FilterSelect
        label={listText.subGoal}
        id={`${idBase}-subGoal`}
        value={filters.subGoal}
        options={SUB_GOALS.map((g) => ({ value: g, label: g }))}
        onChange={set('subGoal')}
        width={110}
      />
      <FilterSelect
        label={listText.organisationKind}
        id={`${idBase}-organisationKind`}
        value={filters.organisationKind}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: ORGANISATION_KIND_LABELS[k] }))}
        onChange={set('organisationKind')}
        width={190}
      />
      <FilterSelect
        label={listText.screening}
        id={`${idBase}-screening`}
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
