// A call id that does not exist (deleted, or a mistyped address): say so and lead back.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { PageLayout } from '@renderer/components/PageLayout';
import { areaText } from '@renderer/i18n/areas';
import { callsText } from '@renderer/i18n/calls';
import { callPaths } from './call-paths';

export function CallNotFound() {
  return (
    <PageLayout title={areaText.calls.title}>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {callsText.notFound}
      </Alert>
      <Button component={RouterLink} to={callPaths.list}>
        {callsText.backToList}
      </Button>
    </PageLayout>
  );
}
