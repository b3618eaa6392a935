// Innstillinger: change municipality and officer name, see the municipality's contact person, take
// and restore backups; the change log, Brevmal, Standardtekster i brev and Begrunnelsesmaler are
// sub-pages.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import Stack from '@mui/material/Stack';
import { PageLayout } from '@renderer/components/PageLayout';
import { areaText } from '@renderer/i18n/areas';
import { settingsText } from '@renderer/i18n/settings';
import { BackupSection } from '@renderer/features/backup/BackupSection';
import { ChangeLogLinkCard } from '@renderer/features/change-log/ChangeLogLinkCard';
import { OfficerSettingsForm } from './OfficerSettingsForm';
import { MunicipalityContactCard } from './MunicipalityContactCard';
import { PeopleSection } from '@renderer/features/assessment/people/PeopleSection';
import { PRIVACY_PATH, PrivacyLinkCard } from './privacy/PrivacyLinkCard';
import {
  LETTERHEAD_PATH,
  LETTER_TEXTS_PATH,
  LetterSettingsLinkCard,
  REASON_TEMPLATES_PATH,
} from './letters/LetterSettingsLinkCard';

const PrivacyPage = lazy(() => import('./privacy/PrivacyPage'));
const ChangeLogPage = lazy(() => import('@renderer/features/change-log/ChangeLogPage'));
const LetterheadPage = lazy(() => import('./letters/LetterSettingsPages').then((m) => ({ default: m.LetterheadPage })));
const LetterTextsPage = lazy(() =>
  import('./letters/LetterSettingsPages').then((m) => ({ default: m.LetterTextsPage })),
);
const ReasonTemplatesPage = lazy(() =>
  import('./letters/LetterSettingsPages').then((m) => ({ default: m.ReasonTemplatesPage })),
);

function SettingsHome() {
  return (
    <PageLayout title={areaText.settings.title} lead={settingsText.intro}>
      <Stack spacing={3} sx={{ maxWidth: 640 }}>
        <OfficerSettingsForm />
        <MunicipalityContactCard />
        <LetterSettingsLinkCard />
        <PeopleSection />
        <BackupSection />
        <ChangeLogLinkCard />
        <PrivacyLinkCard />
      </Stack>
    </PageLayout>
  );
}

export default function SettingsPage() {
  return (
    <Routes>
      <Route path="endringslogg" element={<ChangeLogPage />} />
      <Route path={PRIVACY_PATH} element={<PrivacyPage />} />
      <Route path={LETTERHEAD_PATH} element={<LetterheadPage />} />
      <Route path={LETTER_TEXTS_PATH} element={<LetterTextsPage />} />
      <Route path={REASON_TEMPLATES_PATH} element={<ReasonTemplatesPage />} />
      <Route path="*" element={<SettingsHome />} />
    </Routes>
  );
}
