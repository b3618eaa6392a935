// The way into «Personvern» from Innstillinger.
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { areaPaths } from '@renderer/components/area-paths';
import { privacyText } from '@renderer/i18n/privacy';

export const PRIVACY_PATH = 'personvern';

export function PrivacyLinkCard() {
  return (
    <Card component="section" aria-labelledby="privacy-card-title">
      <CardContent sx={{ p: 3 }}>
        <Typography id="privacy-card-title" variant="h2" sx={{ mb: 1.5 }}>
          {privacyText.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {privacyText.linkLead}
        </Typography>
        <Button component={RouterLink} to={`${areaPaths.settings}/${PRIVACY_PATH}`} variant="outlined">
          {privacyText.linkFromSettings}
        </Button>
      </CardContent>
    </Card>
  );
}
