// Filter by entity type, actor and free text.
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { entityNameSchema, type EntityName } from '@renderer/domain/change-log';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';
import type { ChangeLogFilter } from './change-log-rows';
import { compareNb } from '@renderer/domain/collate';

interface ChangeLogFiltersProps {
  filter: ChangeLogFilter;
  actors: readonly string[];
  onChange: (filter: ChangeLogFilter) => void;
}

const ENTITIES = entityNameSchema.options.toSorted((a, b) =>
  compareNb(entityLabel(a), entityLabel(b)),
);

// "Alle" is shown as the value, not an empty field with the label inside it.
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

export function ChangeLogFilters({ filter, actors, onChange }: ChangeLogFiltersProps) {
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        select
        label={changeLogText.filterEntity}
        value={filter.entity}
        onChange={(e) => onChange({ ...filter, entity: e.target.value as EntityName | '' })}
        slotProps={SHOW_ALL}
        sx={{ width: 200 }}
      >
        <MenuItem value="">{changeLogText.filterAll}</MenuItem>
        {ENTITIES.map((e) => (
          <MenuItem key={e} value={e}>
            {entityLabel(e)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={changeLogText.filterActor}
        value={filter.actor}
        onChange={(e) => onChange({ ...filter, actor: e.target.value })}
        slotProps={SHOW_ALL}
        sx={{ width: 220 }}
      >
        <MenuItem value="">{changeLogText.filterAll}</MenuItem>
        {actors.map((a) => (
          <MenuItem key={a} value={a}>
            {a}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="search"
        label={changeLogText.filterText}
        helperText={changeLogText.filterTextHelp}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
        sx={{ flex: '1 1 240px', maxWidth: 360 }}
      />
    </Stack>
  );
}
