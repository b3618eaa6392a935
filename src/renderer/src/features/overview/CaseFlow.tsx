// The case flow as a numbered list of steps; each step links to the area where it is done.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { overviewText } from '@renderer/i18n/overview';
import { areaPaths } from '@renderer/components/area-paths';

export function CaseFlow() {
  return (
    <Box
      component="ol"
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
      }}
    >
      {overviewText.steps.map((step, index) => (
        <Box
          component="li"
          key={step.title}
          sx={{
            display: 'flex',
            gap: 1.5,
            p: 2,
            bgcolor: 'background.paper',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
          }}
        >
          <Box
            aria-hidden="true"
            sx={{
              flexShrink: 0,
              width: 28,
              height: 28,
              borderRadius: '50%',
              bgcolor: 'primary.light',
              color: 'primary.dark',
              fontWeight: 700,
              display: 'grid',
              placeItems: 'center',
              fontSize: '0.875rem',
            }}
          >
            {index + 1}
          </Box>
          <Box>
            <Link component={RouterLink} to={areaPaths[step.area]} underline="hover" sx={{ fontWeight: 600 }}>
              {step.title}
            </Link>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {step.body}
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
