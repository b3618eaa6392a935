// /utbetalinger: choose a call; the Aksept tab follows each grant's acceptance (record it, remind,
// record a lapse), the Terminer tab pays released terms through a payment list.
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Snackbar from '@mui/material/Snackbar';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { paymentsText as t } from '@renderer/i18n/payments';
import { CallChooser } from '../decisions/list/CallChooser';
import { useCalls } from '../decisions/list/use-decision-rows';
import { AcceptanceTab } from './acceptance/AcceptanceTab';
import { ClaimBackNotice } from './ClaimBackNotice';
import { TermsTab } from './terms/TermsTab';
import { usePaymentsOverview } from './use-payments-overview';

const CALL_PARAM = 'utlysning';
const TAB_PARAM = 'vis';
type TabKey = 'aksept' | 'terminer';

export interface Notice {
  message: string;
  severity: 'success' | 'info' | 'error';
}

function TabPanel({ tab, current, children }: { tab: TabKey; current: TabKey; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} hidden={tab !== current}>
      {tab === current ? <Box sx={{ pt: 3 }}>{children}</Box> : null}
    </div>
  );
}

export default function PaymentsPage() {
  const [params, setParams] = useSearchParams();
  const calls = useCalls();
  const chosen = params.get(CALL_PARAM) ?? calls?.[0]?.id;
  const tab: TabKey = params.get(TAB_PARAM) === 'terminer' ? 'terminer' : 'aksept';
  // Oversikt links with ?filter=forfalt: the tab opens on what is overdue.
  const overdueOnly = params.get('filter') === 'forfalt';
  const data = usePaymentsOverview(chosen);
  const [notice, setNotice] = useState<Notice | null>(null);
  const title = areaText.payments.title;

  if (calls === undefined) return <CenteredProgress label={appText.loading} />;
  if (calls.length === 0) {
    return (
      <PageLayout wide title={title} lead={t.lead}>
        <Alert severity="info" variant="outlined">
          <AlertTitle>{t.noCallsTitle}</AlertTitle>
          {t.noCallsBody}
        </Alert>
      </PageLayout>
    );
  }
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <Box>
      <PageLayout wide title={title} lead={t.lead}>
        <CallChooser calls={calls} value={chosen ?? ''} onChange={(id) => setParam(CALL_PARAM, id)} />
      </PageLayout>
      {data === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : data === null ? null : (
        <>
          <ClaimBackNotice claims={data.claims} />
          <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
            <Tabs value={tab} onChange={(_e, v: TabKey) => setParam(TAB_PARAM, v)} aria-label={t.tabsLabel}>
              <Tab value="aksept" label={t.tabAcceptance} id="tab-aksept" aria-controls="panel-aksept" />
              <Tab value="terminer" label={t.tabTerms} id="tab-terminer" aria-controls="panel-terminer" />
            </Tabs>
          </Box>
          <TabPanel tab="aksept" current={tab}>
            <AcceptanceTab data={data} onNotice={setNotice} initialFilter={overdueOnly ? 'forfalt' : undefined} />
          </TabPanel>
          <TabPanel tab="terminer" current={tab}>
            <TermsTab data={data} onNotice={setNotice} initialFilter={overdueOnly ? 'forfalt' : undefined} />
          </TabPanel>
        </>
      )}
      <Snackbar open={notice !== null} autoHideDuration={8000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity={notice?.severity ?? 'success'} variant="filled" onClose={() => setNotice(null)} sx={{ minWidth: 280 }}>
          {notice?.message}
        </Alert>
      </Snackbar>
    </Box>
  );
}
