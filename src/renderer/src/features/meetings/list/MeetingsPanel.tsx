// The call's meetings: open one in meeting mode, make its minutes, change or delete it, or set up a new one.
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import SlideshowIcon from '@mui/icons-material/SlideshowOutlined';
import { getDb } from '@renderer/data/db';
import { formatDate } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { Meeting } from '@renderer/domain/meeting';
import { listPeople } from '@renderer/services/assessment/people';
import type { AgendaChoice } from '@renderer/services/meetings/agenda';
import { meetingPaths } from '../meeting-paths';
import { saveMinutes } from '../minutes/save-minutes';
import { DeleteMeetingDialog } from './DeleteMeetingDialog';
import { MeetingDialog } from './MeetingDialog';

export function MeetingsPanel({ callId, choices }: { callId: string; choices: readonly AgendaChoice[] }) {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Meeting | null>(null);
  const [deleting, setDeleting] = useState<Meeting | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [meetings, recommendations, people] = await Promise.all([
      db.meetings.where('callId').equals(callId).toArray(),
      db.recommendations.where('callId').equals(callId).toArray(),
      listPeople(db),
    ]);
    return { meetings: meetings.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), recommendations, people };
  }, [callId]);
  if (!data) return null;

  async function minutes(meetingId: string) {
    setNotice({ text: t.minutesSaving, error: false });
    try {
      const saved = await saveMinutes(meetingId);
      setNotice(saved ? { text: t.minutesSaved, error: false } : null);
    } catch (e) {
      setNotice({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  }

  return (
    <section aria-labelledby="meetings-heading">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 4, mb: 1 }}>
        <Typography id="meetings-heading" variant="h2">
          {t.meetingsHeading}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t.newMeeting}
        </Button>
      </Box>
      {data.meetings.length === 0 ? <Typography color="text.secondary">{t.noMeetings}</Typography> : null}
      <List>
        {data.meetings.map((m) => {
          const done = data.recommendations.filter((r) => r.meetingId === m.id && r.outcome).length;
          return (
            <ListItem key={m.id} disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText primary={t.meetingSummary(formatDate(m.date), m.place, m.agendaApplicationIds.length, done)} secondary={m.members.join(', ')} />
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                <Button component={RouterLink} to={meetingPaths.meetingMode(m.id)} variant="contained" startIcon={<SlideshowIcon />}>
                  {t.openMeetingMode}
                </Button>
                <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={() => void minutes(m.id)}>
                  {t.minutes}
                </Button>
                <Button variant="outlined" startIcon={<EditIcon />} aria-label={t.editFor(formatDate(m.date))} onClick={() => setEditing(m)}>
                  {t.edit}
                </Button>
                <Button color="error" startIcon={<DeleteIcon />} aria-label={t.deleteFor(formatDate(m.date))} onClick={() => setDeleting(m)}>
                  {t.deleteMeeting}
                </Button>
              </Box>
            </ListItem>
          );
        })}
      </List>
      {notice ? (
        <Alert severity={notice.error ? 'error' : 'success'} role="status" onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      ) : null}
      {creating || editing ? (
        <MeetingDialog
          callId={callId}
          people={data.people}
          choices={choices}
          {...(editing
            ? { meeting: editing, recommended: new Set(data.recommendations.filter((r) => r.meetingId === editing.id).map((r) => r.applicationId)) }
            : {})}
          onClose={() => {
            setCreating(false);
            setEditing(null);
          }}
          onSaved={(id) => {
            if (editing) {
              setEditing(null);
              setNotice({ text: t.edited, error: false });
            } else {
              setCreating(false);
              void navigate(meetingPaths.meetingMode(id));
            }
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteMeetingDialog
          meeting={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setNotice({ text: t.deleted, error: false });
          }}
        />
      ) : null}
    </section>
  );
}
