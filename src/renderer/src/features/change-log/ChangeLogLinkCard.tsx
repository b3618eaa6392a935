// The way into the change log from Innstillinger.
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { areaPaths } from '@renderer/components/area-paths';
import { changeLogText } from '@renderer/i18n/change-log';

export function ChangeLogLinkCard() {
  return (
    <Card component="section" aria-labelledby="change-log-card-title">
      <CardContent sx={{ p: 3 }}>
        <Typography id="change-log-card-title" variant="h2" sx={{ mb: 1.5 }}>
          {changeLogText.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {changeLogText.linkLead}
        </Typography>
        <Button component={RouterLink} to={`${areaPaths.settings}/endringslogg`} variant="outlined">
          {changeLogText.linkFromSettings}
        </Button>
      </CardContent>
    </Card>
  );
}
