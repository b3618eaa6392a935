// Applications that did not pass the formal screening, apart from the ranking, with the reason.
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { FailedApplication } from '@renderer/services/meetings/ranked-call';

export function FailedList({ rows }: { rows: readonly FailedApplication[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="failed-heading">
      <Typography id="failed-heading" variant="h2" sx={{ mt: 4, mb: 0.5 }}>
        {t.failedHeading}
      </Typography>
      <Typography color="text.secondary">{t.failedLead}</Typography>
      <List dense>
        {rows.map((f) => (
          <ListItem key={f.application.id} disableGutters data-testid="failed-row">
            <ListItemText primary={`${f.application.title} (${f.organisationName}, ${f.reference})`} secondary={f.reason} />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
