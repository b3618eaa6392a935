// /soknader/:id: header with organisation, title, status and status actions, then four tabs.
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import { isApplicationEditable, isScreeningFrozen } from '@renderer/domain/workflow';
import { PageLayout } from '@renderer/components/PageLayout';
import { SavedNotice } from '@renderer/components/form/SavedNotice';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { StatusChip } from '@renderer/components/StatusChip';
import { areaPaths } from '@renderer/components/area-paths';
import { appText } from '@renderer/i18n/app';
import { formatMoney } from '@renderer/i18n/format';
import { detailText } from '@renderer/i18n/applications';
import { BudgetTab } from './BudgetTab';
import { DetailsTab } from './DetailsTab';
import { HistoryTab } from './HistoryTab';
import { ScreeningTab } from './ScreeningTab';
import { StatusActions } from './StatusActions';
import { TimelineTab } from './TimelineTab';
import { AssessmentTab } from '@renderer/features/assessment/application/AssessmentTab';
import { useApplicationCase } from './use-application-case';
import { APPLICATION_KIND_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

const TABS = ['details', 'budget', 'screening', 'assessment', 'timeline', 'history'] as const;
type TabKey = (typeof TABS)[number];

function TabPanel({ tab, current, children }: { tab: TabKey; current: TabKey; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} hidden={tab !== current}>
      {tab === current ? <Box sx={{ pt: 3 }}>{children}</Box> : null}
    </div>
  );
}

function BackLink() {
  return (
    <Link component={RouterLink} to={areaPaths.applications} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}>
      <ArrowBackIcon fontSize="small" aria-hidden="true" />
      {detailText.back}
    </Link>
  );
}

export function ApplicationPage() {
  const { id = '' } = useParams();
  const data = useApplicationCase(id);
  // ?fane=vurdering opens the Vurdering tab (links from Vurdering og møter).
  const [params] = useSearchParams();
  const [tab, setTab] = useState<TabKey>(params.get('fane') === 'vurdering' ? 'assessment' : 'details');

  if (data === undefined) return <CenteredProgress label={appText.loading} />;
  if (data === null) {
    return (
      <PageLayout title={detailText.tabs.details}>
        <BackLink />
        <Alert severity="warning">{detailText.notFound}</Alert>
      </PageLayout>
    );
  }
  const { application: a, organisation } = data;

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <BackLink />
      <PageLayout title={a.title}>
        <Paper variant="outlined" sx={{ p: 2.5, mt: -1.5, display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center' }}>
          <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600 }}>{organisation?.name ?? detailText.none}</Typography>
            <Typography variant="body2" color="text.secondary">
              {[organisation ? formatOrgnr(organisation.orgnr) : undefined, APPLICATION_KIND_LABELS[a.kind], formatMoney(a.amountAppliedOre)].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {detailText.statusLabel}:
            </Typography>
            <StatusChip kind="application" status={a.status} />
          </Box>
          <StatusActions application={a} />
          {isApplicationEditable(a.status) ? (
            <Button component={RouterLink} to={`${areaPaths.applications}/${a.id}/rediger`} startIcon={<EditIcon />} variant="contained" size="small">
              {detailText.edit}
            </Button>
          ) : null}
        </Paper>
      </PageLayout>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mt: 3 }}>
        <Tabs value={tab} onChange={(_e, v: TabKey) => setTab(v)} aria-label={detailText.tabsLabel}>
          {TABS.map((key) => (
            <Tab key={key} value={key} label={detailText.tabs[key]} id={`tab-${key}`} aria-controls={`panel-${key}`} />
          ))}
        </Tabs>
      </Box>
      <TabPanel tab="details" current={tab}>
        <DetailsTab data={data} />
      </TabPanel>
      <TabPanel tab="budget" current={tab}>
        <BudgetTab application={a} />
      </TabPanel>
      <TabPanel tab="screening" current={tab}>
        <ScreeningTab applicationId={a.id} screening={data.screening} canOverride={!isScreeningFrozen(a.status)} callId={a.callId} />
      </TabPanel>
      <TabPanel tab="assessment" current={tab}>
        <AssessmentTab applicationId={a.id} />
      </TabPanel>
      <TabPanel tab="timeline" current={tab}>
        <TimelineTab applicationId={a.id} />
      </TabPanel>
      <TabPanel tab="history" current={tab}>
        <HistoryTab applicationId={a.id} />
      </TabPanel>
      <SavedNotice />
    </Box>
  );
}
