// The call's meetings: open one in meeting mode, make its minutes, or set up a new one.
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
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import SlideshowIcon from '@mui/icons-material/SlideshowOutlined';
import { getDb } from '@renderer/data/db';
import { formatDate } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';
import { listPeople } from '@renderer/services/assessment/people';
import { meetingPaths } from '../meeting-paths';
import { saveMinutes } from '../minutes/save-minutes';
import { NewMeetingDialog } from './NewMeetingDialog';

export function MeetingsPanel({ callId, agendaSize }: { callId: string; agendaSize: number }) {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
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
            <ListItem
              key={m.id}
              disableGutters
              secondaryAction={
                <Box sx={{ display: 'flex', gap: 1 }}>
                  <Button component={RouterLink} to={meetingPaths.meetingMode(m.id)} variant="contained" startIcon={<SlideshowIcon />}>
                    {t.openMeetingMode}
                  </Button>
                  <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={() => void minutes(m.id)}>
                    {t.minutes}
                  </Button>
                </Box>
              }
              sx={{ pr: 42 }}
            >
              <ListItemText primary={t.meetingSummary(formatDate(m.date), m.place, m.agendaApplicationIds.length, done)} secondary={m.members.join(', ')} />
            </ListItem>
          );
        })}
      </List>
      {notice ? (
        <Alert severity={notice.error ? 'error' : 'success'} role="status" onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      ) : null}
      {creating ? (
        <NewMeetingDialog
          callId={callId}
          people={data.people}
          agendaSize={agendaSize}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(meetingPaths.meetingMode(id));
          }}
        />
      ) : null}
    </section>
  );
}
