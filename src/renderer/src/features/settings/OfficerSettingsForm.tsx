// The settings form: the officer's fields of the first run (the postal address lives in the
// letterhead), saved with updateSettings.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { FirstRunInputSchema, type AppSettings, type FirstRunInput } from '@renderer/domain/settings';
import { updateSettings } from '@renderer/services/settings';
import { defaultContext } from '@renderer/services/context';
import { OfficerFields } from '@renderer/components/OfficerFields';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { SavedMessage } from '@renderer/components/form/SavedNotice';
import { UnsavedChangesGuard } from '@renderer/components/form/UnsavedChangesGuard';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { useMunicipalities } from '@renderer/components/use-municipalities';
import { appText } from '@renderer/i18n/app';
import { settingsText } from '@renderer/i18n/settings';

function formValues(s: Pick<AppSettings, 'municipalityId' | 'officerName' | 'officerPhone' | 'officerEmail'>): FirstRunInput {
  return {
    municipalityId: s.municipalityId,
    officerName: s.officerName,
    officerPhone: s.officerPhone ?? '',
    officerEmail: s.officerEmail ?? '',
  };
}

export function OfficerSettingsForm() {
  const { settings } = useCurrentSettings();
  const municipalities = useMunicipalities();
  const [saved, setSaved] = useState(false);
  const {
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FirstRunInput>({
    resolver: zodResolver(FirstRunInputSchema),
    defaultValues: formValues(settings),
  });

  const { formRef, focusError } = useFocusFirstError();
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    try {
      const after = await updateSettings(defaultContext(), {
        municipalityId: values.municipalityId,
        officerName: values.officerName,
        officerPhone: values.officerPhone ?? '',
        officerEmail: values.officerEmail ?? '',
      });
      reset(formValues(after));
      setSaved(true);
    } catch (error) {
      applyServiceErrors(error, ['municipalityId', 'officerName', 'officerPhone', 'officerEmail'], setError, settingsText.saveFailed);
      focusError();
    }
  }, focusError);

  return (
    <Card>
      <CardContent sx={{ p: 3 }}>
        <Typography variant="h2" sx={{ mb: 3 }}>
          {settingsText.formTitle}
        </Typography>
        {municipalities ? (
          <Box component="form" ref={formRef} noValidate onSubmit={onSubmit} aria-label={settingsText.formTitle}>
            <UnsavedChangesGuard control={control} />
            <OfficerFields
              control={control}
              errors={errors}
              municipalities={municipalities}
              disabled={isSubmitting}
            />
            {errors.root ? (
              <Alert severity="error" sx={{ mt: 3 }} {...formErrorProps(true)}>
                {errors.root.message}
              </Alert>
            ) : null}
            <Box sx={{ mt: 3, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
              <Button type="submit" variant="contained" disabled={isSubmitting || !isDirty}>
                {isSubmitting ? settingsText.saving : settingsText.save}
              </Button>
            </Box>
            <SavedMessage message={saved && !isDirty ? settingsText.saved : undefined} onClose={() => setSaved(false)} />
          </Box>
        ) : (
          <CenteredProgress label={appText.loading} />
        )}
      </CardContent>
    </Card>
  );
}
