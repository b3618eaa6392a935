// «Personvern»: what is stored about people, where, for how long, and how to remove it.
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { areaPaths } from '@renderer/components/area-paths';
import { privacyText } from '@renderer/i18n/privacy';
import { RetentionSection } from './RetentionSection';

export default function PrivacyPage() {
  return (
    <PageLayout title={privacyText.title} lead={privacyText.lead}>
      <Link component={RouterLink} to={areaPaths.settings} sx={{ display: 'inline-block', mb: 3 }}>
        {privacyText.backToSettings}
      </Link>
      <Stack spacing={3} sx={{ maxWidth: 720 }}>
        {privacyText.sections.map((section) => (
          <section key={section.heading}>
            <Typography variant="h2" sx={{ mb: 1 }}>
              {section.heading}
            </Typography>
            {section.paragraphs.map((paragraph) => (
              <Typography key={paragraph} sx={{ mb: 1 }}>
                {paragraph}
              </Typography>
            ))}
          </section>
        ))}
      </Stack>
      <RetentionSection />
    </PageLayout>
  );
}
