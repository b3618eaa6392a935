// /klager/ny/:decisionId: registering an appeal on a sent decision, with the deadline shown as
// the officer types (fvl. §§ 29–30). A late appeal is registered and flagged, never refused.
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { PageLayout } from '@renderer/components/PageLayout';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { CheckboxField } from '@renderer/components/form/CheckboxField';
import { DateField } from '@renderer/components/form/DateField';
import { FactList } from '@renderer/components/form/FactList';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { getDb } from '@renderer/data/db';
import { appealChannelSchema, type AppealChannel } from '@renderer/domain/appeal';
import { isAppealInTime, type AppealDeadline } from '@renderer/domain/appeals/deadline';
import { osloDate } from '@renderer/domain/oslo-date';
import { computeAppealDeadline, registerAppeal } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { appealChannelText, appealsText as t } from '@renderer/i18n/appeals';
import { decisionsText, outcomeText } from '@renderer/i18n/decisions';
import { formatDate } from '@renderer/i18n/format';
import { decisionPaths } from '../decisions/decision-paths';
import { Panel } from '../decisions/form/Panel';
import { appealPaths } from './appeal-paths';
import { useDecisionForAppeal } from './use-appeals';

interface Values {
  receivedDate: string;
  appellant: string;
  request: string;
  text: string;
  channel: AppealChannel | undefined;
  signed: boolean;
  postedDate: string;
  letterReceivedDate: string;
  comment: string;
}

const FIELDS = ['receivedDate', 'appellant', 'request', 'text', 'channel', 'signed', 'postedDate', 'letterReceivedDate', 'comment'] as const;
const CHANNELS = appealChannelSchema.options.map((value) => ({ value, label: appealChannelText[value] }));
const orUndefined = (s: string) => s.trim() || undefined;

export function RegisterAppealPage() {
  const { decisionId = '' } = useParams();
  const data = useDecisionForAppeal(decisionId);
  if (data === undefined) return <CenteredProgress label={t.loading} />;
  if (data === null) {
    return (
      <PageLayout title={t.registerTitle}>
        <Alert severity="warning">{decisionsText.notFound}</Alert>
      </PageLayout>
    );
  }
  return <RegisterAppealForm data={data} />;
}

function RegisterAppealForm({ data }: { data: NonNullable<ReturnType<typeof useDecisionForAppeal>> }) {
  const { decision, application, organisation, sentLetter } = data;
  const navigate = useNavigate();
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: {
      receivedDate: osloDate(new Date()),
      appellant: organisation?.name ?? '',
      request: '',
      text: '',
      channel: undefined,
      signed: false,
      postedDate: '',
      letterReceivedDate: '',
      comment: '',
    },
  });
  const [receivedDate, postedDate, letterReceivedDate] = useWatch({ control, name: ['receivedDate', 'postedDate', 'letterReceivedDate'] });
  const deadline = useDeadline(decision.id, sentLetter?.sentDate, letterReceivedDate);

  const onSubmit = handleSubmit(async (v) => {
    if (!v.channel) {
      setError('channel', { type: 'required', message: 'Velg hvordan klagen kom inn' });
      return;
    }
    try {
      const appeal = await registerAppeal(defaultContext(), {
        decisionId: decision.id,
        receivedDate: v.receivedDate,
        appellant: v.appellant,
        request: v.request,
        text: orUndefined(v.text),
        channel: v.channel,
        signed: v.signed,
        postedDate: orUndefined(v.postedDate),
        letterReceivedDate: orUndefined(v.letterReceivedDate),
        comment: orUndefined(v.comment),
      });
      void navigate(appealPaths.appeal(appeal.id));
    } catch (error) {
      applyServiceErrors(error, FIELDS, setError, t.failed);
    }
  });

  const inTime =
    deadline && receivedDate ? isAppealInTime(deadline.deadlineDate, { receivedDate, postedDate: postedDate || undefined }) : undefined;

  return (
    <PageLayout title={t.registerTitle} lead={t.registerLead}>
      <Box sx={{ mt: -1.5, mb: 3 }}>
        <Button component={RouterLink} to={decisionPaths.decision(application.id)} startIcon={<ArrowBackIcon />}>
          {t.goToDecision}
        </Button>
      </Box>
      <Panel title={t.factDecision}>
        <FactList
          items={[
            [decisionsText.factOrganisation, organisation ? `${organisation.name} (${organisation.orgnr})` : ''],
            [t.colTitle, application.title],
            [decisionsText.factOutcome, `${outcomeText[decision.outcome]}, ${formatDate(decision.decidedAt)}`],
            [t.factLetterSent, sentLetter?.sentDate ? formatDate(sentLetter.sentDate) : t.unknown],
          ]}
        />
      </Panel>
      {!sentLetter || !decision.lockedAt ? (
        <Alert severity="warning">{t.decisionNotSent}</Alert>
      ) : !data.isCurrent ? (
        <Alert severity="warning">Vedtaket er allerede erstattet av et nytt vedtak.</Alert>
      ) : (
        <Panel title={t.facts}>
          <Box component="form" noValidate onSubmit={onSubmit}>
            <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
              {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
              <DateField control={control} name="receivedDate" label={t.receivedDate} required />
              <SelectField control={control} name="channel" label={t.channel} options={CHANNELS} required />
              <DateField control={control} name="postedDate" label={t.postedDate} help={t.postedDateHelp} />
              <DateField
                control={control}
                name="letterReceivedDate"
                label={t.letterReceivedDate}
                help={deadline && sentLetter.sentDate ? t.letterReceivedDateHelp(sentLetter.sentDate, deadline.reachedDate) : undefined}
              />
              {deadline ? (
                <Alert severity={inTime === false ? 'warning' : 'info'} role="status">
                  {t.deadlinePreview(deadline.deadlineDate, deadline.reachedDate, deadline.movedFrom)}{' '}
                  {inTime === undefined ? '' : inTime ? t.deadlineInTime : t.deadlineLate}
                </Alert>
              ) : null}
              <FormTextField control={control} name="appellant" label={t.appellant} help={t.appellantHelp} required />
              <FormTextField control={control} name="request" label={t.request} help={t.requestHelp} required multiline minRows={2} />
              <FormTextField control={control} name="text" label={t.text} help={t.textHelp} multiline minRows={4} />
              <CheckboxField control={control} name="signed" label={t.signed} help={t.signedHelp} />
              <FormTextField control={control} name="comment" label={t.comment} multiline minRows={2} />
              <Box>
                <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
                  {formState.isSubmitting ? t.saving : t.save}
                </Button>
              </Box>
            </Stack>
          </Box>
        </Panel>
      )}
    </PageLayout>
  );
}

/** The deadline for the letter's arrival date as typed (the holiday calendar loads on first use). */
function useDeadline(decisionId: string, sentDate: string | undefined, letterReceivedDate: string): AppealDeadline | undefined {
  const [deadline, setDeadline] = useState<AppealDeadline>();
  useEffect(() => {
    if (!sentDate) return;
    let live = true;
    const received = letterReceivedDate && letterReceivedDate >= sentDate ? letterReceivedDate : undefined;
    computeAppealDeadline(getDb(), decisionId, received).then(
      (d) => live && setDeadline(d),
      () => live && setDeadline(undefined),
    );
    return () => {
      live = false;
    };
  }, [decisionId, sentDate, letterReceivedDate]);
  return deadline;
}
