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
import { UnsavedChangesGuard } from '@renderer/components/form/UnsavedChangesGuard';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { CheckboxField } from '@renderer/components/form/CheckboxField';
import { DateField } from '@renderer/components/form/DateField';
import { FactList } from '@renderer/components/form/FactList';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { getDb } from '@renderer/data/db';
import { appealChannelSchema, type Appeal, type AppealChannel } from '@renderer/domain/appeal';
import { isAppealInTime, type AppealDeadline } from '@renderer/domain/appeals/deadline';
import { osloDate } from '@renderer/domain/oslo-date';
import { computeAppealDeadline, correctAppealRegistration, registerAppeal } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { appealChannelText, appealsText as t } from '@renderer/i18n/appeals';
import { decisionsText } from '@renderer/i18n/decisions';
import { formatDate } from '@renderer/i18n/format';
import { decisionPaths } from '../decisions/decision-paths';
import { Panel } from '../decisions/form/Panel';
import { appealPaths } from './appeal-paths';
import { useDecisionForAppeal } from './use-appeals';
import { DECISION_OUTCOME_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

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
            [decisionsText.factOrganisation, organisation ? `${organisation.name} (${formatOrgnr(organisation.orgnr)})` : ''],
            [t.colTitle, application.title],
            [decisionsText.factOutcome, `${DECISION_OUTCOME_LABELS[decision.outcome]}, ${formatDate(decision.decidedAt)}`],
            [t.factLetterSent, sentLetter?.sentDate ? formatDate(sentLetter.sentDate) : t.unknown],
          ]}
        />
      </Panel>
      {!sentLetter?.sentDate || !decision.lockedAt ? (
        <Alert severity="warning">{t.decisionNotSent}</Alert>
      ) : !data.isCurrent ? (
        <Alert severity="warning">{t.decisionReplaced}</Alert>
      ) : (
        <Panel title={t.facts}>
          <AppealRegistrationForm
            decisionId={decision.id}
            sentDate={sentLetter.sentDate}
            defaultAppellant={organisation?.name ?? ''}
            onSaved={(appeal) => void navigate(appealPaths.appeal(appeal.id))}
          />
        </Panel>
      )}
    </PageLayout>
  );
}

interface FormProps {
  decisionId: string;
  sentDate: string;
  defaultAppellant: string;
  /** Correcting a registration: its values fill the form. */
  existing?: Appeal;
  onSaved: (appeal: Appeal) => void;
  onCancel?: () => void;
}

function startValues(existing: Appeal | undefined, defaultAppellant: string): Values {
  return {
    receivedDate: existing?.receivedDate ?? osloDate(new Date()),
    appellant: existing?.appellant ?? defaultAppellant,
    request: existing?.request ?? '',
    text: existing?.text ?? '',
    channel: existing?.channel,
    signed: existing?.signed ?? false,
    postedDate: existing?.postedDate ?? '',
    letterReceivedDate: existing?.letterReceivedDate ?? '',
    comment: existing?.comment ?? '',
  };
}

/** The registration form with the deadline shown as the dates are typed; registers or corrects. */
export function AppealRegistrationForm({ decisionId, sentDate, defaultAppellant, existing, onSaved, onCancel }: FormProps) {
  const { control, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: startValues(existing, defaultAppellant) });
  const [receivedDate, postedDate, letterReceivedDate] = useWatch({ control, name: ['receivedDate', 'postedDate', 'letterReceivedDate'] });
  const deadline = useDeadline(decisionId, sentDate, letterReceivedDate);

  const { formRef, focusError } = useFocusFirstError();
  const onSubmit = handleSubmit(async (v) => {
    if (!v.channel) {
      setError('channel', { type: 'required', message: 'Velg hvordan klagen kom inn' });
      focusError();
      return;
    }
    const input = {
      receivedDate: v.receivedDate,
      appellant: v.appellant,
      request: v.request,
      text: orUndefined(v.text),
      channel: v.channel,
      signed: v.signed,
      postedDate: orUndefined(v.postedDate),
      letterReceivedDate: orUndefined(v.letterReceivedDate),
      comment: orUndefined(v.comment),
    };
    try {
      onSaved(
        existing
          ? await correctAppealRegistration(defaultContext(), existing.id, input)
          : await registerAppeal(defaultContext(), { ...input, decisionId }),
      );
    } catch (error) {
      applyServiceErrors(error, FIELDS, setError, t.failed);
      focusError();
    }
  }, focusError);

  const inTime =
    deadline && receivedDate ? isAppealInTime(deadline.deadlineDate, { receivedDate, postedDate: postedDate || undefined }) : undefined;

  return (
    <Box component="form" ref={formRef} noValidate onSubmit={onSubmit} aria-label={existing ? t.correctTitle : t.registerTitle}>
      <UnsavedChangesGuard control={control} />
      <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
        {formState.errors.root ? (
          <Alert severity="error" {...formErrorProps(true)}>
            {formState.errors.root.message}
          </Alert>
        ) : null}
        <DateField control={control} name="receivedDate" label={t.receivedDate} required />
        <SelectField control={control} name="channel" label={t.channel} options={CHANNELS} required />
        <DateField control={control} name="postedDate" label={t.postedDate} help={t.postedDateHelp} />
        <DateField
          control={control}
          name="letterReceivedDate"
          label={t.letterReceivedDate}
          help={deadline ? t.letterReceivedDateHelp(sentDate, deadline.reachedDate) : undefined}
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
        <Box sx={{ display: 'flex', gap: 1.5 }}>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t.saving : existing ? t.correctSave : t.save}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t.cancel}</Button> : null}
        </Box>
      </Stack>
    </Box>
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
