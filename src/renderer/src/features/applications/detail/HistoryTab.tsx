// Historikk: who changed what, and when, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { getApplicationHistory } from '@renderer/services/queries/application-history';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { formatTimestamp } from '@renderer/i18n/format';
import { appText } from '@renderer/i18n/app';
import { detailText } from '@renderer/i18n/applications';
import { describeHistoryEntry } from './history-text';

export function HistoryTab({ applicationId }: { applicationId: string }) {
  const entries = useLiveQuery(() => getApplicationHistory(getDb(), applicationId), [applicationId]);
  if (!entries) return <CenteredProgress label={appText.loading} />;
  if (entries.length === 0) return <Typography>{detailText.history.none}</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, maxWidth: 860 }}>
      {entries.map((entry) => (
        <Box
          component="li"
          key={entry.id ?? `${entry.at}-${entry.entity}`}
          sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '220px 1fr' }, gap: 2 }}
        >
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {entry.actor}
            </Typography>
          </Box>
          <Typography>{describeHistoryEntry(entry)}</Typography>
        </Box>
      ))}
    </Box>
  );
}
