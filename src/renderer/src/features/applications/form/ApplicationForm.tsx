// The application form, for registering a new application and for editing one. Validates with
// the form schema at every field; nothing is saved while anything is wrong.
import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  applicationKindSchema,
  locationSchema,
  targetGroupSchema,
  type Application,
} from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { subGoalSchema } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import { isCallArchived } from '@renderer/domain/workflow';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { ChangedElsewhereNotice } from '@renderer/components/form/ChangedElsewhereNotice';
import { useReadVersion } from '@renderer/components/form/use-read-version';
import { CheckboxField } from '@renderer/components/form/CheckboxField';
import { DateField } from '@renderer/components/form/DateField';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { IntegerField } from '@renderer/components/form/IntegerField';
import { MoneyField } from '@renderer/components/form/MoneyField';
import { SelectField } from '@renderer/components/form/SelectField';
import { UnsavedChangesGuard } from '@renderer/components/form/UnsavedChangesGuard';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { createApplication, updateApplication } from '@renderer/services/applications';
import { defaultContext } from '@renderer/services/context';
import { formText as sharedText } from '@renderer/i18n/form';
import {
  formText,
  FIELD_NAMES,
} from '@renderer/i18n/applications';
import { BudgetLinesField } from './BudgetLinesField';
import { CheckboxGroupField } from './CheckboxGroupField';
import { OrganisationField } from './OrganisationField';
import {
  ApplicationFormSchema,
  FORM_FIELDS,
  toApplicationInput,
  formValuesOf,
  type ApplicationFormValues,
} from './form-schema';
import { APPLICATION_KIND_LABELS, APPLICATION_LOCATION_LABELS, TARGET_GROUP_LABELS, subGoalWithLetter } from '@renderer/domain/vocabulary';

const KIND_OPTIONS = applicationKindSchema.options.map((k) => ({ value: k, label: APPLICATION_KIND_LABELS[k] }));
const LOCATION_OPTIONS = locationSchema.options.map((l) => ({ value: l, label: APPLICATION_LOCATION_LABELS[l] }));
const SUB_GOAL_OPTIONS = subGoalSchema.options.map((g) => ({ value: g, label: subGoalWithLetter(g) }));
const TARGET_OPTIONS = targetGroupSchema.options.map((t) => ({ value: t, label: TARGET_GROUP_LABELS[t] }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" sx={{ p: 3 }}>
      <Typography variant="h2" sx={{ mb: 2.5 }}>
        {title}
      </Typography>
      <Stack spacing={2.5}>{children}</Stack>
    </Paper>
  );
}

const twoColumns = { display: 'grid', gap: 2.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '1fr 1fr' } } as const;

interface ApplicationFormProps {
  defaultValues: ApplicationFormValues;
  calls: readonly Call[];
  organisations: readonly Organisation[];
  /** Set when editing. */
  application?: Application;
  cancelTo: string;
  onSaved: (id: string) => void;
}

export function ApplicationForm({ defaultValues, calls, organisations, application, cancelTo, onSaved }: ApplicationFormProps) {
  const form = useForm<ApplicationFormValues>({
    resolver: zodResolver(ApplicationFormSchema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isSubmitted, isValid },
  } = form;
  const version = useReadVersion(application, form, formValuesOf);
  const receptionCentre = useWatch({ control, name: 'receptionCentre' });
  // Archived calls take no applications; keep the current one listed when editing.
  const callOptions = calls
    .filter((c) => !isCallArchived(c.status) || c.id === application?.callId)
    .map((c) => ({ value: c.id, label: c.title }));

  const { formRef, focusError } = useFocusFirstError();
  const onSubmit = handleSubmit(async (values) => {
    try {
      const ctx = defaultContext();
      const input = toApplicationInput(values);
      const saved = application
        ? await updateApplication(ctx, application.id, input, { readRow: version.readRow })
        : await createApplication(ctx, input);
      onSaved(saved.id);
    } catch (error) {
      applyServiceErrors(error, FORM_FIELDS, setError, formText.saveFailed);
      focusError();
    }
  }, focusError);

  return (
    <Box component="form" ref={formRef} noValidate onSubmit={onSubmit} aria-label={application ? formText.editTitle : formText.newTitle}>
      <UnsavedChangesGuard control={control} />
      <ChangedElsewhereNotice
        subject="applications"
        changedFields={version.changedElsewhere}
        fieldLabel={(field) => FIELD_NAMES[field]}
        onTakeChanges={version.takeChanges}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {sharedText.requiredNote}
      </Typography>
      <Stack spacing={3}>
        <Section title={formText.sections.applicant}>
          {callOptions.length === 0 ? (
            <Alert severity="info">{formText.noCalls}</Alert>
          ) : null}
          <SelectField control={control} name="callId" label={formText.call} options={callOptions} required />
          <OrganisationField control={control} organisations={organisations} />
          <DateField control={control} name="receivedDate" label={formText.receivedDate} required sx={{ maxWidth: 240 }} />
        </Section>

        <Section title={formText.sections.content}>
          <FormTextField control={control} name="title" label={formText.title} required />
          <FormTextField control={control} name="description" label={formText.description} multiline minRows={3} />
          <SelectField control={control} name="kind" label={formText.kind} options={KIND_OPTIONS} required sx={{ maxWidth: 320 }} />
          <CheckboxGroupField control={control} name="subGoals" label={formText.subGoals} options={SUB_GOAL_OPTIONS} required />
          <CheckboxGroupField control={control} name="targetGroups" label={formText.targetGroups} options={TARGET_OPTIONS} />
        </Section>

        <Section title={formText.sections.money}>
          <Box sx={twoColumns}>
            <MoneyField control={control} name="amountAppliedOre" label={formText.amountApplied} required />
            <MoneyField control={control} name="totalBudgetOre" label={formText.totalBudget} help={formText.totalBudgetHelp} />
          </Box>
          <BudgetLinesField control={control} />
        </Section>

        <Section title={formText.sections.practical}>
          <Box sx={twoColumns}>
            <DateField control={control} name="periodFrom" label={formText.periodFrom} />
            <DateField control={control} name="periodTo" label={formText.periodTo} />
          </Box>
          <SelectField control={control} name="location" label={formText.location} options={LOCATION_OPTIONS} sx={{ maxWidth: 320 }} />
          <Box sx={twoColumns}>
            <IntegerField control={control} name="volunteersInvolved" label={formText.volunteers} />
          </Box>
          <FormTextField control={control} name="partners" label={formText.partners} multiline minRows={2} />
        </Section>

        <Section title={formText.sections.conditions}>
          <CheckboxField control={control} name="imdiSameActivity" label={formText.imdiSameActivity} />
          <CheckboxField control={control} name="receptionCentre" label={formText.receptionCentre} />
          {receptionCentre ? (
            <FormTextField
              control={control}
              name="receptionCentreContact"
              label={formText.receptionCentreContact}
              help={formText.receptionCentreContactHelp}
            />
          ) : null}
        </Section>
      </Stack>

      {errors.root ? (
        <Alert severity="error" sx={{ mt: 3 }} {...formErrorProps(true)}>
          {errors.root.message}
        </Alert>
      ) : isSubmitted && !isValid ? (
        <Alert severity="error" sx={{ mt: 3 }} role="alert">
          {formText.fixErrors}
        </Alert>
      ) : null}
      <Box sx={{ mt: 3, display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={isSubmitting}>
          {isSubmitting ? formText.saving : formText.save}
        </Button>
        <Button component={RouterLink} to={cancelTo}>
          {formText.cancel}
        </Button>
      </Box>
    </Box>
  );
}
