// The first thing a new officer sees: pick the municipality, give a name, and start.
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/LockOutlined';
import { FirstRunInputSchema, type FirstRunInput } from '@renderer/domain/settings';
import { completeFirstRun } from '@renderer/services/settings';
import { defaultContext } from '@renderer/services/context';
import { appText } from '@renderer/i18n/app';
import { firstRunText } from '@renderer/i18n/first-run';
import { OfficerFields } from '@renderer/components/OfficerFields';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { useMunicipalities } from '@renderer/components/use-municipalities';

export default function FirstRunPage() {
  const municipalities = useMunicipalities();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FirstRunInput>({
    resolver: zodResolver(FirstRunInputSchema),
    defaultValues: { municipalityId: '', officerName: '', officerPhone: '', officerEmail: '', postalAddress: '' },
  });

  useEffect(() => {
    document.title = `${firstRunText.title} – ${appText.programName}`;
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    try {
      // On success the settings live query switches the app over to the shell.
      await completeFirstRun(defaultContext(), values);
    } catch (error) {
      applyServiceErrors(
        error,
        ['municipalityId', 'officerName', 'officerPhone', 'officerEmail', 'postalAddress'],
        setError,
        firstRunText.saveFailed,
      );
    }
  });

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 3 }}
    >
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 520, p: { xs: 3, sm: 5 } }}>
        <Typography component="p" variant="overline" color="primary" sx={{ fontWeight: 700, letterSpacing: 1 }}>
          {appText.programName}
        </Typography>
        <Typography variant="h1" sx={{ mb: 1.5 }}>
          {firstRunText.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4 }}>
          {firstRunText.intro}
        </Typography>
        {municipalities ? (
          <Box component="form" noValidate onSubmit={onSubmit} aria-label={firstRunText.title}>
            <OfficerFields
              control={control}
              errors={errors}
              municipalities={municipalities}
              disabled={isSubmitting}
              withPostalAddress
            />
            {errors.root ? (
              <Alert severity="error" sx={{ mt: 3 }}>
                {errors.root.message}
              </Alert>
            ) : null}
            <Button type="submit" variant="contained" size="large" fullWidth disabled={isSubmitting} sx={{ mt: 4 }}>
              {isSubmitting ? firstRunText.saving : firstRunText.submit}
            </Button>
          </Box>
        ) : (
          <CenteredProgress label={appText.loading} />
        )}
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ mt: 3, display: 'flex', alignItems: 'center', gap: 1 }}
        >
          <LockIcon fontSize="small" aria-hidden="true" />
          {firstRunText.storageNote}
        </Typography>
      </Paper>
    </Box>
  );
}
