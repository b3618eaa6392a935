// The agenda as checkboxes in ranked order (then the applications that failed the screening), so
// adding or removing an item keeps the order; an item with the committee's recommendation stays.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { AgendaChoice } from '@renderer/services/meetings/agenda';

interface Props {
  choices: readonly AgendaChoice[];
  chosen: ReadonlySet<string>;
  /** Items that have a recommendation from this meeting and cannot be removed. */
  locked: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

export function AgendaPicker({ choices, chosen, locked, onChange }: Props) {
  const defaults = choices.filter((c) => c.rank !== undefined || locked.has(c.applicationId)).map((c) => c.applicationId);
  const count = choices.filter((c) => chosen.has(c.applicationId)).length;
  return (
    <Box role="group" aria-labelledby="agenda-label" sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <FormLabel id="agenda-label">{t.agendaHeading(count)}</FormLabel>
        <Button size="small" onClick={() => onChange(new Set([...defaults, ...locked]))}>
          {t.agendaReset}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t.agendaHelp}
      </Typography>
      <FormGroup>
        {choices.map((c) => {
          const isLocked = locked.has(c.applicationId);
          const note = isLocked ? t.agendaLocked : c.failedReason ? t.agendaFailed : undefined;
          return (
            <FormControlLabel
              key={c.applicationId}
              label={
                <span>
                  {t.agendaItem(c.rank, c.title, c.organisationName)}
                  {note ? (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {` – ${note}`}
                    </Typography>
                  ) : null}
                </span>
              }
              control={
                <Checkbox
                  checked={chosen.has(c.applicationId)}
                  disabled={isLocked}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(c.applicationId);
                    else next.delete(c.applicationId);
                    onChange(next);
                  }}
                />
              }
            />
          );
        })}
      </FormGroup>
    </Box>
  );
}
