// Saksgang: the whole case as one timeline, oldest first (received → screened → decided → letter
// → accepted → paid …), read live from every source in services/queries/timeline.
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { caseTimeline, type TimelineStage } from '@renderer/services/queries/timeline';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { formatDate } from '@renderer/i18n/format';
import { appText } from '@renderer/i18n/app';
import { detailText } from '@renderer/i18n/applications';

const STAGE_COLOUR: Record<TimelineStage, string> = {
  mottatt: 'grey.500',
  vurdert_formelt: 'info.main',
  vurdert: 'info.main',
  vedtatt: 'primary.main',
  brev: 'primary.main',
  akseptert: 'success.main',
  utbetalt: 'success.dark',
  rapport: 'secondary.main',
  tilbakebetaling: 'warning.dark',
  klage: 'error.main',
};

export function TimelineTab({ applicationId }: { applicationId: string }) {
  const events = useLiveQuery(() => caseTimeline(getDb(), applicationId), [applicationId]);
  if (!events) return <CenteredProgress label={appText.loading} />;
  if (events.length === 0) return <Typography>{detailText.timeline.none}</Typography>;
  return (
    <Box sx={{ maxWidth: 860 }}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {detailText.timeline.lead}
      </Typography>
      <Box component="ol" aria-label={detailText.timeline.label} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {events.map((event, i) => (
          <Box
            component="li"
            key={`${event.date}-${event.stage}-${i}`}
            sx={{ display: 'grid', gridTemplateColumns: '110px 20px 1fr', gap: 1.5, pb: 2, position: 'relative' }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', pt: 0.25 }}>
              <time dateTime={event.date}>{formatDate(event.date.slice(0, 10))}</time>
            </Typography>
            <Box aria-hidden sx={{ position: 'relative', display: 'flex', justifyContent: 'center' }}>
              <Box sx={{ width: 12, height: 12, mt: 0.75, borderRadius: '50%', bgcolor: STAGE_COLOUR[event.stage], zIndex: 1 }} />
              {i < events.length - 1 ? <Box sx={{ position: 'absolute', top: 18, bottom: -16, width: 2, bgcolor: 'divider' }} /> : null}
            </Box>
            <Box>
              <Typography>{event.label}</Typography>
              {event.detail ? (
                <Typography variant="body2" color="text.secondary">
                  {event.detail}
                </Typography>
              ) : null}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
