// Sub-pages of Innstillinger for letters: Brevmal, Standardtekster i brev and Begrunnelsesmaler
// (loaded on demand).
import { Link as RouterLink } from 'react-router';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import { PageLayout } from '@renderer/components/PageLayout';
import { areaPaths } from '@renderer/components/area-paths';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { letterSettingsText as t } from '@renderer/i18n/letter-settings';
import { letterTextsText } from '@renderer/i18n/letter-texts';
import { LawReferencesCard } from './LawReferencesCard';
import { LetterheadForm } from './LetterheadForm';
import { LetterTextsEditor } from './LetterTextsEditor';
import { ReasonTemplatesEditor } from './ReasonTemplatesEditor';

function BackLink() {
  return (
    <Link component={RouterLink} to={areaPaths.settings} sx={{ display: 'inline-block', mb: 3 }}>
      {t.backToSettings}
    </Link>
  );
}

export function LetterheadPage() {
  const { settings, municipality } = useCurrentSettings();
  return (
    <PageLayout title={t.letterheadTitle} lead={t.letterheadLead}>
      <BackLink />
      <Card sx={{ maxWidth: 720 }}>
        <CardContent sx={{ p: 3 }}>
          <LetterheadForm settings={settings} municipality={municipality} />
        </CardContent>
      </Card>
    </PageLayout>
  );
}

export function LetterTextsPage() {
  const { settings } = useCurrentSettings();
  return (
    <PageLayout title={letterTextsText.title} lead={letterTextsText.lead}>
      <BackLink />
      <LetterTextsEditor />
      <LawReferencesCard settings={settings} />
    </PageLayout>
  );
}

export function ReasonTemplatesPage() {
  return (
    <PageLayout title={t.templatesTitle} lead={t.templatesLead}>
      <BackLink />
      <ReasonTemplatesEditor />
    </PageLayout>
  );
}
