// The ranked applications with score, tie-break shown, amount applied for and the proposed amount.
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatMoney, formatNumber } from '@renderer/i18n/format';
import { meetingsText as t, tieBreakText } from '@renderer/i18n/meetings';
import type { RankedApplication } from '@renderer/services/meetings/ranked-call';
import { ProposalField } from './ProposalField';

interface Props {
  rows: readonly RankedApplication[];
  prioritisedSubGoal?: string;
  onDraft: (applicationId: string, ore: number | null) => void;
  onSave: (applicationId: string, ore: number) => Promise<string | null>;
}

export function RankingTable({ rows, prioritisedSubGoal, onDraft, onSave }: Props) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t.rankedTableLabel}>
        <TableHead>
          <TableRow>
            <TableCell>{t.colRank}</TableCell>
            <TableCell>{t.colApplication}</TableCell>
            <TableCell>{t.colSubGoals}</TableCell>
            <TableCell align="right">{t.colScore}</TableCell>
            <TableCell>{t.colTieBreak}</TableCell>
            <TableCell align="right">{t.colApplied}</TableCell>
            <TableCell>{t.colProposed}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.application.id} data-testid="ranked-row">
              <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{r.rank}</TableCell>
              <TableCell>
                <Typography sx={{ fontWeight: 600 }}>{r.application.title}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {r.organisationName} · {r.reference} · {r.application.receivedDate.split('-').reverse().join('.')}
                  {r.needsJudgement ? ` · ${t.judgement}` : ''}
                </Typography>
              </TableCell>
              <TableCell>
                {r.application.subGoals.join(', ')}
                {r.prioritised && prioritisedSubGoal ? ` (${prioritisedSubGoal} ${t.prioritised})` : ''}
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {r.weightedTotal === null ? t.notScored : formatNumber(r.weightedTotal, 2)}
              </TableCell>
              <TableCell>{r.decidedBy ? tieBreakText[r.decidedBy] : '–'}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatMoney(r.application.amountAppliedOre)}
              </TableCell>
              <TableCell>
                <ProposalField
                  title={r.application.title}
                  valueOre={r.proposedOre}
                  stored={r.proposalStored}
                  onDraft={(ore) => onDraft(r.application.id, ore)}
                  onSave={(ore) => onSave(r.application.id, ore)}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
