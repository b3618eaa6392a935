// A new meeting: date, place and who is present; the agenda is every application that passed the
// screening, in ranked order.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { osloDate } from '@renderer/domain/oslo-date';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { Person } from '@renderer/services/assessment/people';
import { defaultContext } from '@renderer/services/context';
import { createMeeting } from '@renderer/services/meetings/meetings';
import { messageOf } from '../use-calls';

interface Props {
  callId: string;
  people: readonly Person[];
  agendaSize: number;
  onClose: () => void;
  onCreated: (meetingId: string) => void;
}

export function NewMeetingDialog({ callId, people, agendaSize, onClose, onCreated }: Props) {
  const active = people.filter((p) => p.active);
  const [date, setDate] = useState(() => osloDate(new Date().toISOString()));
  const [place, setPlace] = useState('');
  const [present, setPresent] = useState<Set<string>>(() => new Set(active.filter((p) => p.role !== 'saksbehandler').map((p) => p.id)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    try {
      const meeting = await createMeeting(defaultContext(), {
        callId,
        date,
        place: place.trim() || undefined,
        presentPersonIds: active.filter((p) => present.has(p.id)).map((p) => p.id),
      });
      onCreated(meeting.id);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="new-meeting-title" fullWidth maxWidth="sm">
      <DialogTitle id="new-meeting-title">{t.newMeeting}</DialogTitle>
      <DialogContent>
        <TextField type="date" label={t.meetingDate} value={date} onChange={(e) => setDate(e.target.value)} sx={{ mt: 1, mr: 2 }} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField label={t.meetingPlace} value={place} onChange={(e) => setPlace(e.target.value)} sx={{ mt: 1, minWidth: 260 }} />
        <FormLabel component="legend" sx={{ mt: 3, display: 'block' }}>
          {t.membersPresent}
        </FormLabel>
        {active.length === 0 ? (
          <Typography color="text.secondary">{t.noPeople}</Typography>
        ) : (
          <FormGroup>
            {active.map((p) => (
              <FormControlLabel
                key={p.id}
                label={p.name}
                control={
                  <Checkbox
                    checked={present.has(p.id)}
                    onChange={(e) => {
                      const next = new Set(present);
                      if (e.target.checked) next.add(p.id);
                      else next.delete(p.id);
                      setPresent(next);
                    }}
                  />
                }
              />
            ))}
          </FormGroup>
        )}
        <Typography sx={{ mt: 2 }}>{t.agendaDefault(agendaSize)}</Typography>
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {t.create}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
