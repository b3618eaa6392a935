// The start page: a greeting, then what waits on the officer («Å gjøre») and the deadlines
// («Frister»), and lower down the case flow for those still learning it.
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import { PageLayout } from '@renderer/components/PageLayout';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { appText, municipalityTitle } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { overviewText } from '@renderer/i18n/overview';
import { stopOverviewReads } from '@renderer/services/queries/overview-reads/client';
import { CaseFlow } from './CaseFlow';
import { OverviewFigures } from './OverviewFigures';
import { DeadlinesSection } from './DeadlinesSection';
import { TodoSection } from './TodoSection';
import { addressIsOverview, dropOverviewStart, peekOverviewStart, prefetchOverviewStart } from './start-prefetch';
import { callInProgress, todayInOslo, useCallTodo, useDeadlines, useOverviewCalls } from './use-overview-data';

const CALL_PARAM = 'utlysning';

// Loaded while the address is Oversikt (at start-up, with the shell): read the calls and the
// counts from now, so the page draws them in its first frame.
if (addressIsOverview(window.location.hash)) prefetchOverviewStart();

export default function OverviewPage() {
  const { settings, municipality } = useCurrentSettings();
  const firstName = settings.officerName.split(/\s+/)[0] ?? settings.officerName;
  const municipalityName = municipality ? municipalityTitle(municipality.name) : appText.unknownMunicipality;
  const [params, setParams] = useSearchParams();
  const today = todayInOslo();
  // The start-up read, kept by this visit; later visits read afresh.
  const [prefetched] = useState(peekOverviewStart);
  useEffect(() => dropOverviewStart(), []);
  const calls = useOverviewCalls(prefetched);
  const callId = params.get(CALL_PARAM) ?? (calls ? callInProgress(calls)?.id : undefined);
  // The call's counts paint first (they come from indexes); the to-do list and the deadlines read
  // more, and start once the counts are on screen so their reads do not queue ahead of them.
  const [countsShown, setCountsShown] = useState(false);
  // Leaving the page stops what its worker still reads, so the next page's reads go first.
  useEffect(() => stopOverviewReads, []);
  const showCounts = useCallback(() => setCountsShown(true), []);
  const todo = useCallTodo(countsShown ? callId : undefined, today);
  const deadlines = useDeadlines(today, countsShown);
  // New users (no call yet) see the case flow open; others open it when they want it.
  const [flowChoice, setFlowChoice] = useState<boolean | null>(null);
  const flowOpen = flowChoice ?? calls?.length === 0;

  // The working sections use the width of a large screen; the greeting and guide keep a reading width.
  return (
    <Box sx={{ maxWidth: 1440 }}>
      <PageLayout title={areaText.overview.title}>
        <Card sx={{ mb: 3 }}>
          <CardContent sx={{ p: 3 }}>
            <Typography variant="h2" sx={{ mb: 1 }}>
              {overviewText.greeting(firstName)}
            </Typography>
            <Typography sx={{ maxWidth: '70ch' }}>{overviewText.intro(municipalityName)}</Typography>
          </CardContent>
        </Card>
      </PageLayout>

      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start', mb: 4 }}>
        <TodoSection
          calls={calls ?? []}
          callId={callId}
          onCallChange={(id) => setParams({ [CALL_PARAM]: id }, { replace: true })}
          todo={todo}
        />
        <DeadlinesSection deadlines={deadlines} today={today} />
      </Box>

      {calls ? <OverviewFigures calls={calls} callId={callId} onCountsShown={showCounts} prefetched={prefetched} /> : null}

      <Box component="section" aria-labelledby="case-flow-title" sx={{ maxWidth: 960 }}>
        <Typography id="case-flow-title" variant="h2" sx={{ mb: 1 }}>
          {overviewText.flowTitle}
        </Typography>
        <Button
          size="small"
          aria-expanded={flowOpen}
          aria-controls="case-flow"
          startIcon={flowOpen ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          onClick={() => setFlowChoice(!flowOpen)}
          sx={{ mb: 1 }}
        >
          {overviewText.flowShow}
        </Button>
        {/* Drawn only when open: a returning officer's first frame does without it. */}
        <Box id="case-flow" hidden={!flowOpen}>
          {flowOpen ? (
            <>
              <Typography color="text.secondary" sx={{ mb: 2.5, maxWidth: '70ch' }}>
                {overviewText.flowIntro}
              </Typography>
              <CaseFlow />
            </>
          ) : null}
        </Box>
      </Box>

      <Typography variant="body2" color="text.secondary" sx={{ mt: 4, maxWidth: '70ch' }}>
        {overviewText.offlineNote}
      </Typography>
    </Box>
  );
}
