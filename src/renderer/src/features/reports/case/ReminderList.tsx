// The reminders made for this grant, each kept as sent; a new one for this grant alone.
import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { getPlatform } from '@renderer/platform';
import { languageText } from '@renderer/i18n/decisions';
import { reportsText as t } from '@renderer/i18n/reports';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { letterFileName } from '../../decisions/letters/letter-file-name';
import { ReminderBatchDialog } from '../reminders/ReminderBatchDialog';

export function ReminderList({ row, onNotice }: { row: ReportRow; onNotice: (m: string) => void }) {
  const [open, setOpen] = useState(false);
  const onFinished = useCallback(
    (message: string) => {
      setOpen(false);
      onNotice(message);
    },
    [onNotice],
  );
  const save = async (letterId: string) => {
    const letter = await getDb().letters.get(letterId);
    if (letter) await getPlatform().saveFile({ suggestedName: letterFileName(row.orgnr, row.application.title, 'purring'), bytes: letter.bytes });
  };
  const canRemind = row.status === 'forfalt' || row.status === 'forfaller_snart';
  return (
    <Box component="section" aria-labelledby="purringer" sx={{ mb: 4 }}>
      <Typography id="purringer" variant="h2" sx={{ mb: 1 }}>
        {t.remindersTitle}
      </Typography>
      {row.reminders.length === 0 ? <Typography color="text.secondary">{t.noReminders}</Typography> : null}
      <List dense>
        {row.reminders.map((r) => (
          <ListItem
            key={r.id}
            disableGutters
            secondaryAction={
              <Button size="small" onClick={() => void save(r.id)}>
                {t.openPdf}
              </Button>
            }
          >
            <ListItemText primary={t.reminderLine(r.sentDate ?? r.createdAt.slice(0, 10))} secondary={languageText[r.language]} />
          </ListItem>
        ))}
      </List>
      {canRemind ? (
        <Button variant="outlined" onClick={() => setOpen(true)}>
          {t.makeReminder}
        </Button>
      ) : null}
      {open ? <ReminderBatchDialog decisionIds={[row.decision.id]} onClose={() => setOpen(false)} onFinished={onFinished} /> : null}
    </Box>
  );
}
