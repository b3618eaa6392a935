// Which call's applications the list shows; the choice lives in the address (?utlysning=…).
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Call } from '@renderer/domain/call';
import { decisionsText as t } from '@renderer/i18n/decisions';

export function CallChooser({ calls, value, onChange }: { calls: readonly Call[]; value: string; onChange: (id: string) => void }) {
  return (
    <TextField
      select
      label={t.chooseCall}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: { xs: 0, sm: 320 }, maxWidth: 720, mb: 3 }}
    >
      {calls.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {c.title} ({c.year})
        </MenuItem>
      ))}
    </TextField>
  );
}
