// The call the imported applications go into; archived calls take no applications and are left out.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Call } from '@renderer/domain/call';
import { importText } from '@renderer/i18n/import';

interface Props {
  calls: readonly Call[];
  value: string;
  onChange: (callId: string) => void;
  disabled?: boolean;
}

export function CallSelect({ calls, value, onChange, disabled }: Props) {
  return (
    <TextField
      select
      id="import-call"
      label={importText.callLabel}
      helperText={importText.callHelp}
      value={calls.some((c) => c.id === value) ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      sx={{ width: 480, maxWidth: '100%' }}
    >
      {calls.map((call) => (
        <MenuItem key={call.id} value={call.id}>
          {/* The year only when the title does not already say it. */}
          {call.title.includes(String(call.year)) ? call.title : `${call.title} (${call.year})`}
        </MenuItem>
      ))}
    </TextField>
  );
}
