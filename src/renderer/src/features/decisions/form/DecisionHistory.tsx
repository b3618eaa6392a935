// Every decision for the application, newest first: the current one, the ones it replaced, and
// whether each is locked (its letter sent).
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Decision } from '@renderer/domain/decision';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formatTimestamp } from '@renderer/i18n/format';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

export function DecisionHistory({ decisions, currentId }: { decisions: readonly Decision[]; currentId: string | undefined }) {
  return (
    <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
      {decisions.map((d) => (
        <Box component="li" key={d.id} sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography sx={{ fontWeight: d.id === currentId ? 600 : 400 }}>
              {t.historyLine(DECISION_OUTCOME_LABELS[d.outcome], d.amountGrantedOre, d.decidedAt, d.decidedBy)}
            </Typography>
            <Chip
              size="small"
              variant="outlined"
              label={d.id === currentId ? t.historyCurrent : t.historySuperseded}
              color={d.id === currentId ? 'primary' : 'default'}
            />
          </Box>
          <Typography variant="body2" color="text.secondary">
            {d.lockedAt ? t.historyLocked(formatTimestamp(d.lockedAt)) : t.historyOpen}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
