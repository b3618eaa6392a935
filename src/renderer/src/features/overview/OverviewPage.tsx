// The start page: a calm welcome and the case flow, each step linking to its area.
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { appText, municipalityTitle } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { overviewText } from '@renderer/i18n/overview';
import { CaseFlow } from './CaseFlow';
import { OverviewFigures } from './OverviewFigures';

export default function OverviewPage() {
  const { settings, municipality } = useCurrentSettings();
  const firstName = settings.officerName.split(/\s+/)[0] ?? settings.officerName;
  const municipalityName = municipality ? municipalityTitle(municipality.name) : appText.unknownMunicipality;

  return (
    <PageLayout title={areaText.overview.title}>
      <Card sx={{ mb: 4 }}>
        <CardContent sx={{ p: 3 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            {overviewText.greeting(firstName)}
          </Typography>
          <Typography sx={{ maxWidth: '70ch' }}>{overviewText.intro(municipalityName)}</Typography>
        </CardContent>
      </Card>
      <OverviewFigures />

      <Box component="section" aria-labelledby="case-flow-title">
        <Typography id="case-flow-title" variant="h2" sx={{ mb: 1 }}>
          {overviewText.flowTitle}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2.5, maxWidth: '70ch' }}>
          {overviewText.flowIntro}
        </Typography>
        <CaseFlow />
      </Box>

      <Typography variant="body2" color="text.secondary" sx={{ mt: 4, maxWidth: '70ch' }}>
        {overviewText.offlineNote}
      </Typography>
    </PageLayout>
  );
}
