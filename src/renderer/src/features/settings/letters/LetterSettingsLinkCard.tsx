// The way from Innstillinger to Brevmal, Standardtekster i brev and Begrunnelsesmaler.
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { areaPaths } from '@renderer/components/area-paths';
import { letterSettingsText as t } from '@renderer/i18n/letter-settings';

export const LETTERHEAD_PATH = 'brevmal';
export const LETTER_TEXTS_PATH = 'standardtekster';
export const REASON_TEMPLATES_PATH = 'begrunnelsesmaler';

export function LetterSettingsLinkCard() {
  return (
    <Card component="section" aria-labelledby="letter-settings-title">
      <CardContent sx={{ p: 3 }}>
        <Typography id="letter-settings-title" variant="h2" sx={{ mb: 1.5 }}>
          {t.cardTitle}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t.cardLead}
        </Typography>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button component={RouterLink} to={`${areaPaths.settings}/${LETTERHEAD_PATH}`} variant="outlined">
            {t.toLetterhead}
          </Button>
          <Button component={RouterLink} to={`${areaPaths.settings}/${LETTER_TEXTS_PATH}`} variant="outlined">
            {t.toLetterTexts}
          </Button>
          <Button component={RouterLink} to={`${areaPaths.settings}/${REASON_TEMPLATES_PATH}`} variant="outlined">
            {t.toTemplates}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

