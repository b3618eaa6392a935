// «Teknisk informasjon»: a closed disclosure for what support staff may need (versions, checksums,
// row counts) and an officer does not, so the screen above it can speak in plain words.
import type { ReactNode } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { technicalText } from '@renderer/i18n/technical';

export function TechnicalDetails({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Accordion disableGutters variant="outlined" sx={{ mt: 2, '&::before': { display: 'none' } }} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${id}-content`} id={`${id}-summary`}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {technicalText.heading}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`${id}-content`}>{children}</AccordionDetails>
    </Accordion>
  );
}
