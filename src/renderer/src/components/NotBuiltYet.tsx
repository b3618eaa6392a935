// The honest page for an area that is not built yet: what it will do, and no fake data.
import Alert from '@mui/material/Alert';
import ConstructionIcon from '@mui/icons-material/ConstructionOutlined';
import { areaText, comingSoonText, type AreaKey } from '@renderer/i18n/areas';
import { PageLayout } from './PageLayout';

export function NotBuiltYet({ area }: { area: AreaKey }) {
  const text = areaText[area];
  return (
    <PageLayout title={text.title}>
      <Alert
        severity="info"
        variant="outlined"
        icon={<ConstructionIcon fontSize="inherit" />}
        sx={{ maxWidth: '70ch', bgcolor: 'background.paper', fontSize: '1rem' }}
      >
        {comingSoonText.notBuilt} {comingSoonText.willBeAbleTo} {text.comingSoon}
      </Alert>
    </PageLayout>
  );
}
