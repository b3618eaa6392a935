// /vurdering/innstilling: a call's applications in ranked order with the proposed amounts and the
// frame used and left (live as amounts are typed), «Foreslå fordeling», the applications that did
// not pass the screening, and the call's meetings.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHighOutlined';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { PageLayout } from '@renderer/components/PageLayout';
import { getDb } from '@renderer/data/db';
import { proposalBudget } from '@renderer/domain/meetings/allocation';
import { appText } from '@renderer/i18n/app';
import { meetingsText as t } from '@renderer/i18n/meetings';
import { defaultContext } from '@renderer/services/context';
import { agendaChoices } from '@renderer/services/meetings/agenda';
import { proposeDistribution, setProposal } from '@renderer/services/meetings/proposals';
import { loadRankedCall, shownAmounts } from '@renderer/services/meetings/ranked-call';
import { FrameBar } from '../FrameBar';
import { MeetingsPanel } from '../list/MeetingsPanel';
import { CALL_PARAM } from '../meeting-paths';
import { messageOf, useCallsNewestFirst } from '../use-calls';
import { FailedList } from './FailedList';
import { RankingTable } from './RankingTable';

export function RankingPage({ title = t.rankingTitle }: { title?: string }) {
  const [params, setParams] = useSearchParams();
  const calls = useCallsNewestFirst();
  const callId = params.get(CALL_PARAM) ?? calls?.[0]?.id;
  const ranked = useLiveQuery(async () => (callId ? loadRankedCall(getDb(), callId) : null), [callId]);
  const [drafts, setDrafts] = useState<Map<string, number>>(new Map());
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);

  const budget = useMemo(() => {
    if (!ranked) return undefined;
    const amounts = shownAmounts(ranked);
    for (const [id, ore] of drafts) amounts.set(id, ore);
    return proposalBudget(ranked.call, ranked.allocationItems, amounts);
  }, [ranked, drafts]);

  if (calls === undefined) return <CenteredProgress label={appText.loading} />;
  if (calls.length === 0) {
    return (
      <PageLayout wide title={title} lead={t.rankingLead}>
        <Alert severity="info">{t.noCalls}</Alert>
      </PageLayout>
    );
  }

  async function save(applicationId: string, ore: number): Promise<string | null> {
    if (!callId) return null;
    try {
      await setProposal(defaultContext(), callId, applicationId, ore);
      return null;
    } catch (e) {
      return messageOf(e);
    }
  }

  async function distribute() {
    if (!callId) return;
    try {
      await proposeDistribution(defaultContext(), callId);
      setDrafts(new Map());
      setNotice({ text: t.proposeDone, error: false });
    } catch (e) {
      setNotice({ text: messageOf(e), error: true });
    }
  }

  return (
    <PageLayout wide title={title} lead={t.rankingLead}>
      <TextField
        select
        label={t.chooseCall}
        value={callId ?? ''}
        onChange={(e) => {
          setDrafts(new Map());
          setParams({ [CALL_PARAM]: e.target.value }, { replace: true });
        }}
        sx={{ minWidth: { xs: 0, sm: 320 }, mb: 3 }}
      >
        {calls.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.title} ({c.year})
          </MenuItem>
        ))}
      </TextField>
      {!ranked || !budget ? (
        <CenteredProgress label={appText.loading} />
      ) : (
        <>
          <Box sx={{ position: 'sticky', top: 0, zIndex: 2, bgcolor: 'background.paper', py: 1.5, mb: 2, borderBottom: 1, borderColor: 'divider' }}>
            <FrameBar budget={budget} />
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h2">{t.rankedHeading}</Typography>
            <Button variant="contained" startIcon={<AutoFixHighIcon />} onClick={() => void distribute()} disabled={ranked.ranked.length === 0}>
              {t.propose}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {t.proposeHelp}
            </Typography>
          </Box>
          {notice ? (
            <Alert severity={notice.error ? 'error' : 'success'} role="status" onClose={() => setNotice(null)} sx={{ mb: 2 }}>
              {notice.text}
            </Alert>
          ) : null}
          {ranked.ranked.length === 0 ? (
            <Typography color="text.secondary">{t.noRanked}</Typography>
          ) : (
            <RankingTable
              rows={ranked.ranked}
              prioritisedSubGoal={ranked.call.prioritisedSubGoal}
              onDraft={(id, ore) =>
                setDrafts((prev) => {
                  const next = new Map(prev);
                  if (ore === null) next.delete(id);
                  else next.set(id, ore);
                  return next;
                })
              }
              onSave={save}
            />
          )}
          <FailedList rows={ranked.failed} />
          {callId ? <MeetingsPanel callId={callId} choices={agendaChoices(ranked)} /> : null}
        </>
      )}
    </PageLayout>
  );
}
