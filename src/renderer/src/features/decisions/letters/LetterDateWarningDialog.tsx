// Asks before a letter is made with dates that do not fit the grant year (letter-date-warnings.ts):
// the officer may go on on purpose, e.g. when reversing an old decision after an appeal.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { formText } from '@renderer/i18n/form';

export interface DatedWarnings {
  /** The application's title when several letters are made; omitted for one. */
  title?: string;
  warnings: readonly string[];
}

interface Props {
  items: readonly DatedWarnings[];
  many?: boolean;
  onCancel: () => void;
  onContinue: () => void;
}

export function LetterDateWarningDialog({ items, many, onCancel, onContinue }: Props) {
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="date-warning-title">
      <DialogTitle id="date-warning-title">{s.dateWarningTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{s.dateWarningLead}</Typography>
        <Alert severity="warning">
          {items.map((item, i) => (
            <Box key={item.title ?? i} sx={{ mb: 1 }}>
              {item.title ? <Typography variant="body2" sx={{ fontWeight: 600 }}>{s.dateWarningFor(item.title)}</Typography> : null}
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {item.warnings.map((w) => (
                  <Typography component="li" variant="body2" key={w}>
                    {w}
                  </Typography>
                ))}
              </Box>
            </Box>
          ))}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{formText.cancel}</Button>
        <Button variant="contained" color="warning" onClick={onContinue} autoFocus>
          {many ? s.dateWarningContinueMany : s.dateWarningContinue}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
