// «Vedta etter innstillingen»: the call's meeting recommendations become decisions in one step
// (services/decisions/from-recommendations.ts); shown only when a meeting has recommendations.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import HowToVoteIcon from '@mui/icons-material/HowToVoteOutlined';
import { getDb } from '@renderer/data/db';
import { formatDate } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';
import type { FromRecommendationsResult } from '@renderer/services/decisions/from-recommendations';

// The services that decide (zod, the change log) load when the officer decides, not with the list.
const loadServices = () => Promise.all([import('@renderer/services/context'), import('@renderer/services/decisions/from-recommendations')]);

function resultLines(result: FromRecommendationsResult): string[] {
  const locked = result.skipped.filter((s) => s.why === 'laast').map((s) => `«${s.title}»`);
  const none = result.skipped.filter((s) => s.why === 'ingen_innstilling').map((s) => `«${s.title}»`);
  return [
    t.fromRecommendationsDone(result.decisions.length),
    ...(locked.length ? [t.skippedLocked(locked.join(', '))] : []),
    ...(none.length ? [t.skippedNone(none.join(', '))] : []),
  ];
}

export function DecideFromRecommendations({ callId }: { callId: string }) {
  const meetings = useLiveQuery(async () => {
    const db = getDb();
    const [list, recs] = await Promise.all([
      db.meetings.where('callId').equals(callId).toArray(),
      db.recommendations.where('callId').equals(callId).toArray(),
    ]);
    return list
      .map((m) => ({ meeting: m, recommended: recs.filter((r) => r.meetingId === m.id && r.outcome).length }))
      .filter((m) => m.recommended > 0)
      .sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
  }, [callId]);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string[] | null>(null);
  if (!meetings || meetings.length === 0) return null;
  const meetingId = chosen || meetings[0]!.meeting.id;

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const [{ defaultContext }, { decideFromRecommendations }] = await loadServices();
      setDone(resultLines(await decideFromRecommendations(defaultContext(), meetingId)));
    } catch (e) {
      if (e instanceof Error && e.name === 'ValidationError') setError(e.message);
      else throw e;
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setOpen(false);
    setDone(null);
    setError(null);
  };

  return (
    <>
      <Button variant="outlined" startIcon={<HowToVoteIcon />} onClick={() => setOpen(true)} sx={{ mb: 2 }}>
        {t.fromRecommendations}
      </Button>
      {open ? (
        <Dialog open onClose={close} aria-labelledby="from-rec-title" fullWidth maxWidth="sm">
          <DialogTitle id="from-rec-title">{t.fromRecommendationsTitle}</DialogTitle>
          <DialogContent>
            <Typography sx={{ mb: 2 }}>{t.fromRecommendationsLead}</Typography>
            <TextField select label={t.chooseMeeting} value={meetingId} onChange={(e) => setChosen(e.target.value)} fullWidth disabled={done !== null}>
              {meetings.map(({ meeting, recommended }) => (
                <MenuItem key={meeting.id} value={meeting.id}>
                  {t.meetingOption(formatDate(meeting.date), recommended)}
                </MenuItem>
              ))}
            </TextField>
            {error ? (
              <Alert severity="error" sx={{ mt: 2 }}>
                {error}
              </Alert>
            ) : null}
            {done ? (
              <Alert severity="success" role="status" sx={{ mt: 2 }}>
                {done.map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t.close}</Button>
            {done ? null : (
              <Button variant="contained" onClick={() => void run()} disabled={busy}>
                {t.decideNow}
              </Button>
            )}
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
}
