// For a hash that names no area (an old bookmark, a typo).
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { appText } from '@renderer/i18n/app';

export function NotFoundPage() {
  return (
    <PageLayout title={appText.notFoundTitle}>
      <Typography sx={{ mb: 3 }}>{appText.notFoundBody}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {appText.goToOverview}
      </Button>
    </PageLayout>
  );
}
