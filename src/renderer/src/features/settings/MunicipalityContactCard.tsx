// The municipality's contact person for the scheme, as IMDi lists it (from the seed table).
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { municipalityTitle } from '@renderer/i18n/app';
import { settingsText } from '@renderer/i18n/settings';

export function MunicipalityContactCard() {
  const { municipality } = useCurrentSettings();
  return (
    <Card component="section" aria-labelledby="contact-title">
      <CardContent sx={{ p: 3 }}>
        <Typography id="contact-title" variant="h2" sx={{ mb: 1.5 }}>
          {settingsText.contactTitle}
        </Typography>
        {municipality ? (
          <>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {settingsText.contactIntro(municipalityTitle(municipality.name))}
            </Typography>
            <Box
              component="dl"
              data-testid="municipality-contact"
              sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}
            >
              <Box component="dt" sx={{ fontWeight: 600 }}>
                {settingsText.contactPerson}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {municipality.contactPerson}
              </Box>
              <Box component="dt" sx={{ fontWeight: 600 }}>
                {settingsText.email}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {municipality.email}
              </Box>
              <Box component="dt" sx={{ fontWeight: 600 }}>
                {settingsText.phone}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {municipality.phone}
              </Box>
            </Box>
          </>
        ) : (
          <Typography>{settingsText.noContact}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
