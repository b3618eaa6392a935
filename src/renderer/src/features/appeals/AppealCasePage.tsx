// /klager/:appealId: one appeal – its facts and files, § 31 for a late one, the own review (§ 33),
// forwarding to IMDi with the case file, IMDi's outcome, and § 42 postponement.
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { SavedMessage } from '@renderer/components/form/SavedNotice';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { PageLayout } from '@renderer/components/PageLayout';
import { FactList } from '@renderer/components/form/FactList';
import { AttachmentsSection } from '@renderer/features/attachments/AttachmentsSection';
import { appealChannelText, appealsText as t } from '@renderer/i18n/appeals';
import { decisionsText } from '@renderer/i18n/decisions';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { decisionPaths } from '../decisions/decision-paths';
import { Panel } from '../decisions/form/Panel';
import { AppealFlagChips, AppealStageChip } from './AppealChips';
import { appealPaths } from './appeal-paths';
import { ForwardPanel } from './panels/ForwardPanel';
import { ImdiPanel } from './panels/ImdiPanel';
import { LatePanel } from './panels/LatePanel';
import { PostponementPanel } from './panels/PostponementPanel';
import { ReviewPanel } from './panels/ReviewPanel';
import { useAppealCase, type AppealCase } from './use-appeals';
import { AppealRegistrationForm } from './RegisterAppealPage';
import { DECISION_OUTCOME_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

const yesNo = (value: boolean | undefined) => (value === undefined ? t.unknown : value ? t.yes : t.no);

function facts({ appeal, decision, sentLetter }: AppealCase): [string, string][] {
  const items: [string, string][] = [
    [t.factDecision, `${DECISION_OUTCOME_LABELS[decision.outcome]}, ${formatMoney(decision.amountGrantedOre)} – ${formatDate(decision.decidedAt)}`],
    [t.factAppellant, appeal.appellant ?? t.unknown],
    [t.factReceived, `${formatDate(appeal.receivedDate)}${appeal.channel ? ` (${appealChannelText[appeal.channel].toLowerCase()})` : ''}`],
  ];
  if (appeal.postedDate) items.push([t.factPosted, formatDate(appeal.postedDate)]);
  if (sentLetter?.sentDate) items.push([t.factLetterSent, formatDate(sentLetter.sentDate)]);
  if (appeal.letterReceivedDate) items.push([t.factLetterReceived, formatDate(appeal.letterReceivedDate)]);
  items.push([t.factDeadline, appeal.deadlineDate ? formatDate(appeal.deadlineDate) : t.unknown], [t.factInTime, yesNo(appeal.withinDeadline)]);
  items.push([t.factSigned, yesNo(appeal.signed)]);
  if (appeal.request) items.push([t.factRequest, appeal.request]);
  if (appeal.comment) items.push([t.factComment, appeal.comment]);
  return items;
}

export function AppealCasePage() {
  const { appealId = '' } = useParams();
  const data = useAppealCase(appealId);
  const [notice, setNotice] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  if (data === undefined) return <CenteredProgress label={t.loading} />;
  if (data === null) {
    return (
      <PageLayout title={t.facts}>
        <Alert severity="warning">{t.notFound}</Alert>
      </PageLayout>
    );
  }
  const { appeal, application, organisation, sentLetter } = data;
  const correctable = !appeal.ownReview && !appeal.forwardedToImdiDate && appeal.lateConsidered === undefined && Boolean(sentLetter?.sentDate);
  const dismissed = !appeal.withinDeadline && appeal.lateConsidered === false;
  const reviewable = appeal.withinDeadline || appeal.lateConsidered === true;
  // § 42 matters only while the appeal is still to be decided.
  const stillPending = !dismissed && !appeal.imdiOutcome && appeal.ownReview !== 'omgjort';

  return (
    <PageLayout title={`Klage: ${application.title}`}>
      <Box sx={{ mt: -1.5, mb: 3, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button component={RouterLink} to={appealPaths.list()} startIcon={<ArrowBackIcon />}>
          {t.back}
        </Button>
        <Button component={RouterLink} to={decisionPaths.decision(application.id)}>
          {t.goToDecision}
        </Button>
      </Box>

      {correcting && correctable && sentLetter?.sentDate ? (
        <Panel title={t.correctTitle} lead={t.correctLead}>
          <AppealRegistrationForm
            decisionId={appeal.decisionId}
            sentDate={sentLetter.sentDate}
            defaultAppellant={organisation?.name ?? ''}
            existing={appeal}
            onSaved={() => {
              setCorrecting(false);
              setNotice(t.corrected);
            }}
            onCancel={() => setCorrecting(false)}
          />
        </Panel>
      ) : (
        <Panel title={t.facts}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
            <AppealStageChip appeal={appeal} />
            <AppealFlagChips appeal={appeal} />
            {correctable ? (
              <Button size="small" onClick={() => setCorrecting(true)}>
                {t.correctTitle}
              </Button>
            ) : null}
          </Stack>
          <FactList items={[[decisionsText.factOrganisation, organisation ? `${organisation.name} (${formatOrgnr(organisation.orgnr)})` : ''], ...facts(data)]} />
          {appeal.text ? (
            <Box sx={{ mt: 2 }}>
              <Box sx={{ color: 'text.secondary', mb: 0.5 }}>{t.factText}</Box>
              <Box sx={{ whiteSpace: 'pre-wrap', maxWidth: '70ch' }}>{appeal.text}</Box>
            </Box>
          ) : null}
          <Box sx={{ mt: 3 }}>
            <AttachmentsSection ownerTable="appeals" ownerId={appeal.id} readOnly={Boolean(appeal.forwardedToImdiDate)} />
          </Box>
        </Panel>
      )}

      {!appeal.withinDeadline ? <LatePanel appeal={appeal} onNotice={setNotice} /> : null}
      {reviewable && !dismissed ? <ReviewPanel appeal={appeal} onNotice={setNotice} /> : null}
      {data.newDecision ? (
        <Alert severity="success" sx={{ mb: 3 }} action={<Button component={RouterLink} to={decisionPaths.decision(application.id)}>{t.goToDecision}</Button>}>
          {t.newDecision}: {DECISION_OUTCOME_LABELS[data.newDecision.outcome]}, {formatMoney(data.newDecision.amountGrantedOre)} – {formatDate(data.newDecision.decidedAt)}
        </Alert>
      ) : null}
      {appeal.ownReview === 'opprettholdt' ? (
        <ForwardPanel appeal={appeal} orgnr={organisation?.orgnr ?? ''} forwardingLetter={data.forwardingLetter} onNotice={setNotice} />
      ) : null}
      {appeal.forwardedToImdiDate ? <ImdiPanel appeal={appeal} onNotice={setNotice} /> : null}
      {stillPending ? <PostponementPanel key={appeal.updatedAt} appeal={appeal} onNotice={setNotice} /> : null}

      <SavedMessage message={notice ?? undefined} onClose={() => setNotice(null)} />
    </PageLayout>
  );
}
