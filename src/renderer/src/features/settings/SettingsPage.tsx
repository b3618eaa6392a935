// Innstillinger: change municipality and officer name, and see the municipality's contact person.
import Stack from '@mui/material/Stack';
import { PageLayout } from '@renderer/components/PageLayout';
import { areaText } from '@renderer/i18n/areas';
import { settingsText } from '@renderer/i18n/settings';
import { OfficerSettingsForm } from './OfficerSettingsForm';
import { MunicipalityContactCard } from './MunicipalityContactCard';

export default function SettingsPage() {
  return (
    <PageLayout title={areaText.settings.title} lead={settingsText.intro}>
      <Stack spacing={3} sx={{ maxWidth: 640 }}>
        <OfficerSettingsForm />
        <MunicipalityContactCard />
      </Stack>
    </PageLayout>
  );
}
