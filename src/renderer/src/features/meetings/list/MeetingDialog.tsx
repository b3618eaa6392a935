// A new meeting, or changes to one: date, place, who is present and the agenda. The agenda starts
// as every application that passed the screening, in ranked order; the officer adds or removes items.
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
import type { Meeting } from '@renderer/domain/meeting';
import { osloDate } from '@renderer/domain/oslo-date';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { Person } from '@renderer/services/assessment/people';
import { defaultContext } from '@renderer/services/context';
import type { AgendaChoice } from '@renderer/services/meetings/agenda';
import { updateMeeting } from '@renderer/services/meetings/meeting-edit';
import { createMeeting } from '@renderer/services/meetings/meetings';
import { messageOf } from '../use-calls';
import { AgendaPicker } from './AgendaPicker';

interface Props {
  callId: string;
  people: readonly Person[];
  choices: readonly AgendaChoice[];
  /** The meeting to change; a new one when absent. */
  meeting?: Meeting;
  /** Applications with a recommendation from this meeting. */
  recommended?: ReadonlySet<string>;
  onClose: () => void;
  onSaved: (meetingId: string) => void;
}

const NONE: ReadonlySet<string> = new Set();

export function MeetingDialog({ callId, people, choices, meeting, recommended = NONE, onClose, onSaved }: Props) {
  const shown = people.filter((p) => p.active || meeting?.presentPersonIds?.includes(p.id));
  const [date, setDate] = useState(() => meeting?.date ?? osloDate(new Date().toISOString()));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [present, setPresent] = useState<Set<string>>(
    () => new Set(meeting ? (meeting.presentPersonIds ?? []) : shown.filter((p) => p.role !== 'saksbehandler').map((p) => p.id)),
  );
  const [agenda, setAgenda] = useState<Set<string>>(
    () => new Set(meeting ? meeting.agendaApplicationIds : choices.filter((c) => c.rank !== undefined).map((c) => c.applicationId)),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = meeting ? t.editMeeting : t.newMeeting;

  async function submit() {
    setBusy(true);
    try {
      const fields = {
        date,
        place: place.trim() || undefined,
        presentPersonIds: shown.filter((p) => present.has(p.id)).map((p) => p.id),
        agendaApplicationIds: choices.filter((c) => agenda.has(c.applicationId)).map((c) => c.applicationId),
      };
      const saved = meeting ? await updateMeeting(defaultContext(), meeting.id, fields) : await createMeeting(defaultContext(), { callId, ...fields });
      onSaved(saved.id);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="meeting-dialog-title" fullWidth maxWidth="md">
      <DialogTitle id="meeting-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <TextField type="date" label={t.meetingDate} value={date} onChange={(e) => setDate(e.target.value)} sx={{ mt: 1, mr: 2 }} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField label={t.meetingPlace} value={place} onChange={(e) => setPlace(e.target.value)} sx={{ mt: 1, minWidth: 260 }} />
        <FormLabel component="legend" sx={{ mt: 3, display: 'block' }}>
          {t.membersPresent}
        </FormLabel>
        {shown.length === 0 ? (
          <Typography color="text.secondary">{t.noPeople}</Typography>
        ) : (
          <FormGroup>
            {shown.map((p) => (
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
        <AgendaPicker choices={choices} chosen={agenda} locked={recommended} onChange={setAgenda} />
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {meeting ? t.save : t.create}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
