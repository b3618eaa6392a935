// The organisation form, for a new organisation and for editing one. The orgnr's MOD11 reason
// shows at the field; a service refusal (e.g. the orgnr is taken) lands there too.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { Organisation } from '@renderer/domain/organisation';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { ChangedElsewhereNotice } from '@renderer/components/form/ChangedElsewhereNotice';
import { useReadVersion } from '@renderer/components/form/use-read-version';
import { ORGANISATION_FIELD_NAMES } from '@renderer/i18n/stale-write';
import { CheckboxField } from '@renderer/components/form/CheckboxField';
import { DateField } from '@renderer/components/form/DateField';
import { boardMembersText } from '@renderer/i18n/assessment';
import { FormSection } from '@renderer/components/form/FormSection';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { SelectField } from '@renderer/components/form/SelectField';
import { UnsavedChangesGuard } from '@renderer/components/form/UnsavedChangesGuard';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { formText } from '@renderer/i18n/form';
import { organisationsText as text } from '@renderer/i18n/organisations';
import {
  ORGANISATION_FORM_FIELDS,
  OrganisationFormSchema,
  type OrganisationFormValues,
} from './organisation-form-schema';
import { organisationToFormValues } from './organisation-form-values';
import { ORGANISATION_KIND_LABELS } from '@renderer/domain/vocabulary';

interface OrganisationFormProps {
  defaultValues: OrganisationFormValues;
  /** The stored organisation when editing (kept live), so a save made elsewhere meanwhile is noticed. */
  record?: Organisation;
  onSave: (values: OrganisationFormValues, readRow: Organisation | undefined) => Promise<Organisation>;
  onSaved: (organisation: Organisation) => void;
  submitLabel: string;
  /** Where «Avbryt» leads, or what it does (in a dialog). */
  cancel: string | (() => void);
  /** Inside a dialog: no card around it and no leave guard (the page behind has its own). */
  inDialog?: boolean;
}

const kindOptions = (['frivillig', 'innvandrerorganisasjon'] as const).map((value) => ({
  value,
  label: ORGANISATION_KIND_LABELS[value],
}));

export function OrganisationForm({ defaultValues, record, onSave, onSaved, submitLabel, cancel, inDialog = false }: OrganisationFormProps) {
  const formMethods = useForm<OrganisationFormValues>({ resolver: zodResolver(OrganisationFormSchema), defaultValues });
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = formMethods;
  const version = useReadVersion(record, formMethods, organisationToFormValues);

  const { formRef, focusError } = useFocusFirstError();
  const onSubmit = handleSubmit(async (values) => {
    try {
      onSaved(await onSave(values, version.readRow));
    } catch (error) {
      applyServiceErrors(error, ORGANISATION_FORM_FIELDS, setError, text.saveFailed);
      focusError();
    }
  }, focusError);

  const form = (
    <Box
      component="form"
      ref={formRef}
      noValidate
      // Inside another form's dialog, a submit must not reach the form behind (portals bubble).
      onSubmit={(event) => {
        event.stopPropagation();
        void onSubmit(event);
      }}
      aria-label={submitLabel}
    >
      {inDialog ? null : <UnsavedChangesGuard control={control} />}
      <ChangedElsewhereNotice
        subject="organisations"
        changedFields={version.changedElsewhere}
        fieldLabel={(field) => ORGANISATION_FIELD_NAMES[field]}
        onTakeChanges={version.takeChanges}
      />
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {formText.requiredNote}
      </Typography>
      <FormSection title={text.sectionIdentity}>
        <FormTextField
          control={control}
          name="orgnr"
          label={text.orgnr}
          help={text.orgnrHelp}
          required
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
        />
        <SelectField
          control={control}
          name="kind"
          label={text.kind}
          help={text.kindHelp}
          options={kindOptions}
          required
        />
        <Box sx={{ gridColumn: '1 / -1' }}>
          <FormTextField control={control} name="name" label={text.name} required autoComplete="organization" />
        </Box>
      </FormSection>

      <FormSection title={text.sectionRegistry} lead={text.sectionRegistryLead}>
        <Box sx={{ pt: 1 }}>
          <CheckboxField control={control} name="registeredInFrivillighetsregisteret" label={text.registered} />
        </Box>
        <DateField
          control={control}
          name="registryCheckedAt"
          label={text.registryCheckedAt}
          help={text.registryCheckedAtHelp}
        />
      </FormSection>

      <FormSection title={text.sectionContact}>
        <FormTextField control={control} name="contactPerson" label={text.contactPerson} autoComplete="off" />
        <FormTextField control={control} name="email" label={text.email} type="email" autoComplete="off" />
        <FormTextField control={control} name="phone" label={text.phone} type="tel" autoComplete="off" />
        <FormTextField
          control={control}
          name="accountNumber"
          label={text.accountNumber}
          help={text.accountNumberHelp}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
        />
        <Box sx={{ gridColumn: '1 / -1' }}>
          <FormTextField control={control} name="address" label={text.address} autoComplete="off" />
        </Box>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <FormTextField control={control} name="boardMembers" label={boardMembersText.label} help={boardMembersText.help} multiline minRows={2} autoComplete="off" />
        </Box>
      </FormSection>

      {errors.root ? (
        <Alert severity="error" sx={{ mb: 3 }} {...formErrorProps(true)}>
          {errors.root.message}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" size="large" disabled={isSubmitting}>
          {isSubmitting ? text.saving : submitLabel}
        </Button>
        {typeof cancel === 'string' ? (
          <Button component={RouterLink} to={cancel} size="large">
            {formText.cancel}
          </Button>
        ) : (
          <Button onClick={cancel} size="large">
            {formText.cancel}
          </Button>
        )}
      </Box>
    </Box>
  );
  if (inDialog) return form;
  return (
    <Card>
      <CardContent sx={{ p: { xs: 2, sm: 4 } }}>{form}</CardContent>
    </Card>
  );
}
