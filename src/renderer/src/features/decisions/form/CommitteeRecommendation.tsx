// On the decision page: the committee's recommendation from the meeting, the proposed amount, the
// scores and any conflicts of interest, so the officer decides with them in view.
import { useLiveQuery } from 'dexie-react-hooks';
import Typography from '@mui/material/Typography';
import { FactList } from '@renderer/components/form/FactList';
import { getDb } from '@renderer/data/db';
import { formatDate, formatMoney, formatNumber } from '@renderer/i18n/format';
import { meetingsText as m, recommendationText } from '@renderer/i18n/meetings';
import { recommendationForApplication } from '@renderer/services/meetings/application-recommendation';
import { Panel } from './Panel';

export function CommitteeRecommendation({ applicationId }: { applicationId: string }) {
  const data = useLiveQuery(() => recommendationForApplication(getDb(), applicationId), [applicationId]);
  if (!data || (!data.recommendation && data.proposalOre === undefined && !data.score?.assessorsDone.length)) return null;
  const rec = data.recommendation;
  const items: [string, string][] = [];
  if (rec?.outcome) {
    items.push([m.committeeRecommendation, `${recommendationText[rec.outcome]} · ${formatMoney(rec.amountOre)}${data.meetingDate ? ` (${m.meetingOf(formatDate(data.meetingDate))})` : ''}`]);
    if (rec.reason) items.push([m.reason, rec.reason]);
  }
  if (data.proposalOre !== undefined) items.push([m.colProposed, formatMoney(data.proposalOre)]);
  if (data.score) {
    items.push([
      m.scores,
      `${data.score.weightedTotal != null ? formatNumber(data.score.weightedTotal, 2) : '–'} (${m.scoredBy(data.score.assessorsDone.length, data.score.assessorsMissing.length)})`,
    ]);
  }
  return (
    <Panel title={m.decisionPanelTitle}>
      <FactList items={items} />
      {data.conflicts.map((c) => (
        <Typography key={c.personId} sx={{ mt: 1 }}>
          {m.conflictLine(c.personName, c.groundLabel)}
        </Typography>
      ))}
    </Panel>
  );
}
