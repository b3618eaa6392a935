// «Frister»: what is overdue and what falls due in the coming days across calls, each linked to its
// case, and the upcoming ones as a calendar file.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import EventIcon from '@mui/icons-material/EventOutlined';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { formatDate } from '@renderer/i18n/format';
import { overviewText as t } from '@renderer/i18n/overview';
import { DEFAULT_DEADLINE_DAYS, type Deadline } from '@renderer/services/queries/overview/deadlines';
import { deadlineLink } from './overview-links';
import { saveDeadlinesIcs } from './save-deadlines-ics';

function DeadlineList({ label, deadlines, overdue }: { label: string; deadlines: readonly Deadline[]; overdue: boolean }) {
  if (deadlines.length === 0) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 700, mb: 0.5, color: overdue ? 'error.dark' : 'text.primary' }}>
        {label}
      </Typography>
      <Box component="ul" aria-label={t.deadlinesListLabel(label)} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {deadlines.map((d) => (
          <Box component="li" key={d.key} data-testid={`deadline-${d.key}`} sx={{ display: 'flex', gap: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
            <Typography component="span" sx={{ minWidth: '10ch', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
              {formatDate(d.date)}
            </Typography>
            <Box sx={{ minWidth: 0 }}>
              <Link component={RouterLink} to={deadlineLink(d)} underline="hover">
                {t.deadlineKinds[d.kind]}: {d.title}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {d.organisationName ? `${d.organisationName} · ${d.callTitle}` : d.callTitle}
              </Typography>
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

export function DeadlinesSection({ deadlines, today }: { deadlines: Deadline[] | undefined; today: string }) {
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; severity: 'success' | 'info' | 'error' } | null>(null);
  const download = async () => {
    setSaving(true);
    setMessage(null);
    try {
      const outcome = await saveDeadlinesIcs(today);
      if (outcome === 'empty') setMessage({ text: t.icsEmpty, severity: 'info' });
      if (outcome === 'saved') setMessage({ text: t.icsSaved, severity: 'success' });
    } catch (error) {
      console.error('[overview] calendar file failed', error);
      setMessage({ text: t.icsFailed, severity: 'error' });
    } finally {
      setSaving(false);
    }
  };
  const overdue = deadlines?.filter((d) => d.overdue) ?? [];
  const coming = deadlines?.filter((d) => !d.overdue) ?? [];
  return (
    <Paper component="section" variant="outlined" aria-labelledby="deadlines-title" sx={{ p: 2.5 }}>
      <Typography id="deadlines-title" variant="h2" sx={{ mb: 0.5 }}>
        {t.deadlinesTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.deadlinesIntro(DEFAULT_DEADLINE_DAYS)}
      </Typography>
      {deadlines === undefined ? (
        <CenteredProgress label={t.deadlinesLoading} />
      ) : deadlines.length === 0 ? (
        <Typography sx={{ mb: 2 }}>{t.deadlinesNone}</Typography>
      ) : (
        <>
          <DeadlineList label={t.deadlinesOverdue} deadlines={overdue} overdue />
          <DeadlineList label={t.deadlinesComing} deadlines={coming} overdue={false} />
        </>
      )}
      <Button variant="outlined" startIcon={<EventIcon />} onClick={() => void download()} disabled={saving} aria-describedby="ics-help">
        {t.icsButton}
      </Button>
      <Typography id="ics-help" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t.icsHelp}
      </Typography>
      {message ? (
        <Alert severity={message.severity} role="status" sx={{ mt: 1.5 }} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
    </Paper>
  );
}
