// An organisation id that does not exist: say so and lead back to the list.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { PageLayout } from '@renderer/components/PageLayout';
import { areaText } from '@renderer/i18n/areas';
import { organisationsText } from '@renderer/i18n/organisations';
import { organisationPaths } from './organisation-paths';

export function OrganisationNotFound() {
  return (
    <PageLayout title={areaText.organisations.title}>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {organisationsText.notFound}
      </Alert>
      <Button component={RouterLink} to={organisationPaths.list}>
        {organisationsText.backToList}
      </Button>
    </PageLayout>
  );
}
