// /vedtak/:applicationId: the application in brief, the decision (form, or read-only when
// locked), its letter and the decision history.
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { SavedMessage } from '@renderer/components/form/SavedNotice';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { StatusChip } from '@renderer/components/StatusChip';
import { FactList } from '@renderer/components/form/FactList';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { appText } from '@renderer/i18n/app';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formatMoney } from '@renderer/i18n/format';
import { decisionPaths } from '../decision-paths';
import { LetterPanel } from '../letters/LetterPanel';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import { DecisionForm } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';
import { LockedDecision } from './LockedDecision';
import { Panel } from './Panel';
import { ScreeningBasisPanel } from './ScreeningBasisPanel';
import { safetyText } from '@renderer/i18n/decision-safety';
import { useDecisionCase } from './use-decision-case';
import { CommitteeRecommendation } from './CommitteeRecommendation';
import { RegisterAppealLink } from '../../appeals/RegisterAppealLink';
import { APPLICATION_KIND_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

export function DecisionCasePage() {
  const { applicationId = '' } = useParams();
  const data = useDecisionCase(applicationId);
  const { settings } = useCurrentSettings();
  const [replacing, setReplacing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (data === undefined) return <CenteredProgress label={appText.loading} />;
  if (data === null) {
    return (
      <PageLayout title={t.formTitle}>
        <Alert severity="warning">{t.notFound}</Alert>
      </PageLayout>
    );
  }
  const { application, organisation, call, current } = data;
  const locked = Boolean(current?.lockedAt);
  const sentLetter = data.letters.find((l) => l.decisionId === current?.id && l.sentDate && isDecisionLetterKind(l.kind));

  return (
    <PageLayout title={application.title}>
      <Box sx={{ mt: -1.5, mb: 3, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button component={RouterLink} to={decisionPaths.list(call.id)} startIcon={<ArrowBackIcon />}>
          {t.backToList}
        </Button>
        {locked && sentLetter && !replacing ? <RegisterAppealLink decisionId={current!.id} /> : null}
      </Box>

      <Panel title={t.caseFacts}>
        <FactList
          items={[
            [t.factOrganisation, organisation ? `${organisation.name} (${formatOrgnr(organisation.orgnr)})` : ''],
            [t.factCall, `${call.title} (${call.year})`],
            [t.factKind, APPLICATION_KIND_LABELS[application.kind]],
            [t.factApplied, formatMoney(application.amountAppliedOre)],
          ]}
        />
        <Box sx={{ mt: 1.5, display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t.factScreening}:
          </Box>
          <StatusChip kind="screening" status={data.screening} />
        </Box>
      </Panel>

      <Panel title={safetyText.screeningTitle}>
        <ScreeningBasisPanel applicationId={application.id} basis={data.basis} canOverride={!locked || replacing} />
      </Panel>

      <CommitteeRecommendation applicationId={application.id} />

      <Panel title={replacing ? t.formTitleNew : t.formTitle} lead={locked ? undefined : t.formLead}>
        {locked && !replacing ? (
          <LockedDecision decision={current!} sentDate={sentLetter?.sentDate} onChange={() => setReplacing(true)} />
        ) : (
          <>
            {replacing && current ? (
              <Alert severity="info" sx={{ mb: 3 }}>
                {t.newDecisionNote(current.decidedAt)}
              </Alert>
            ) : null}
            <DecisionForm
              key={`${current?.id ?? 'ny'}-${current?.updatedAt ?? ''}-${replacing}`}
              application={application}
              call={call}
              screeningResults={data.screeningResults}
              basis={data.basis}
              start={current}
              language={settings.letterLanguage}
              onSaved={() => {
                setReplacing(false);
                setNotice(t.saved);
              }}
              onCancel={replacing ? () => setReplacing(false) : undefined}
            />
          </>
        )}
      </Panel>

      <Panel title={t.lettersTitle}>
        {current && !replacing ? (
          <LetterPanel
            decision={current}
            letters={data.letters}
            call={call}
            orgnr={organisation?.orgnr ?? ''}
            title={application.title}
            defaultLanguage={settings.letterLanguage}
            onNotice={setNotice}
          />
        ) : (
          <Box sx={{ color: 'text.secondary' }}>{t.lettersNeedDecision}</Box>
        )}
      </Panel>

      {data.decisions.length > 0 ? (
        <Panel title={t.historyTitle}>
          <DecisionHistory decisions={data.decisions} currentId={current?.id} />
        </Panel>
      ) : null}

      <SavedMessage message={notice ?? undefined} onClose={() => setNotice(null)} />
    </PageLayout>
  );
}
