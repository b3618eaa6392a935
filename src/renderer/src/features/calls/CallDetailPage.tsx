// One call: its status and the moves it allows, the budget, the facts and rules, and a link to
// its applications.
import type { ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import EditIcon from '@mui/icons-material/EditOutlined';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { StatusChip } from '@renderer/components/StatusChip';
import { FactList } from '@renderer/components/form/FactList';
import { SavedNotice, type SavedState } from '@renderer/components/form/SavedNotice';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { isCallArchived } from '@renderer/domain/workflow';
import type { Call } from '@renderer/domain/call';
import { appText } from '@renderer/i18n/app';
import { callStatusChanged, callsText } from '@renderer/i18n/calls';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { CallBudgetTable } from './CallBudgetTable';
import { CallNotFound } from './CallNotFound';
import { CallRulesSummary } from './CallRulesSummary';
import { CallStatusActions } from './CallStatusActions';
import { callPaths } from './call-paths';
import { useCall } from './use-call';
import { CALL_STATUS_LABELS, SUB_GOAL_NAMES, subGoalShort } from '@renderer/domain/vocabulary';

function Panel({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card component="section" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <Typography variant="h2">{title}</Typography>
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}

function CallFacts({ call, municipalityName }: { call: Call; municipalityName: string }) {
  const items: [string, string][] = [
    [callsText.year, String(call.year)],
    [callsText.deadline, formatDate(call.deadline)],
    [callsText.archiveCaseNumber, call.archiveCaseNumber ?? callsText.noArchiveCaseNumber],
    [callsText.budgetFrame, formatMoney(call.budgetFrameOre)],
    [
      callsText.prioritised,
      call.prioritisedSubGoal
        ? `${subGoalShort(call.prioritisedSubGoal)}: ${SUB_GOAL_NAMES[call.prioritisedSubGoal]}`
        : callsText.noPriority,
    ],
    [callsText.municipality, municipalityName],
  ];
  return <FactList items={items} />;
}

export function CallDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const call = useCall(id);
  const { municipality } = useCurrentSettings();
  if (call === undefined) return <CenteredProgress label={appText.loading} />;
  if (call === null) return <CallNotFound />;

  const municipalityName = municipality?.id === call.municipalityId ? municipality.name : call.municipalityId;
  const onStatusChanged = (status: Call['status']) =>
    // Replace the state so the snackbar tells what just happened.
    void navigate(callPaths.show(call.id), {
      replace: true,
      state: { saved: callStatusChanged(CALL_STATUS_LABELS[status]) } satisfies SavedState,
    });

  return (
    <PageLayout title={call.title}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mt: -1.5, mb: 3 }}>
        <StatusChip kind="call" status={call.status} />
        <Typography color="text.secondary">
          {callsText.colDeadline}: {formatDate(call.deadline)}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button component={RouterLink} to={callPaths.applications(call.id)} endIcon={<ArrowForwardIcon />}>
          {callsText.applicationsLink}
        </Button>
        {!isCallArchived(call.status) ? (
          <Button component={RouterLink} to={callPaths.edit(call.id)} variant="outlined" startIcon={<EditIcon />}>
            {callsText.edit}
          </Button>
        ) : null}
      </Box>

      <Panel title={callsText.statusTitle}>
        <Typography sx={{ mb: 2 }}>{callsText.statusLead(CALL_STATUS_LABELS[call.status])}</Typography>
        <CallStatusActions call={call} onChanged={onStatusChanged} />
      </Panel>

      <Panel title={callsText.budgetTitle}>
        <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
          {callsText.budgetLead}
        </Typography>
        <CallBudgetTable callId={call.id} />
      </Panel>

      <Panel title={callsText.facts}>
        <CallFacts call={call} municipalityName={municipalityName} />
      </Panel>

      <Panel title={callsText.rulesTitle}>
        <CallRulesSummary rules={call.rules} />
      </Panel>
      <SavedNotice />
    </PageLayout>
  );
}
