// A letter's status in words, with the reason when it must be made again.
import Typography from '@mui/material/Typography';
import { decisionsText as t } from '@renderer/i18n/decisions';
import type { LetterStatus } from '../letter-status';

export function letterStatusLabel(status: LetterStatus): string {
  switch (status.kind) {
    case 'none':
      return t.letterNone;
    case 'made':
      return t.letterMade;
    case 'outdated':
      return t.letterOutdated;
    case 'sent':
      return t.letterSent(status.sentDate);
  }
}

export function LetterStatusText({ status }: { status: LetterStatus }) {
  return (
    <Typography
      variant="body2"
      component="span"
      title={status.kind === 'outdated' ? t.letterOutdatedHelp : undefined}
      sx={{ color: status.kind === 'outdated' ? 'warning.dark' : status.kind === 'none' ? 'text.secondary' : 'text.primary', whiteSpace: 'nowrap' }}
    >
      {letterStatusLabel(status)}
    </Typography>
  );
}
