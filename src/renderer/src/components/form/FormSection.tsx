// One titled block of a long form: a heading, an optional lead and a responsive grid of fields.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface FormSectionProps {
  title: string;
  lead?: string;
  children: ReactNode;
  /** Minimum field width; fields wrap onto more rows on narrow windows. */
  minColumn?: number;
}

export function FormSection({ title, lead, children, minColumn = 260 }: FormSectionProps) {
  return (
    <Box component="section" sx={{ mb: 4 }}>
      <Typography variant="h2" sx={{ mb: lead ? 0.5 : 2 }}>
        {title}
      </Typography>
      {lead ? (
        <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
          {lead}
        </Typography>
      ) : null}
      <Box
        sx={{
          display: 'grid',
          gap: 2.5,
          gridTemplateColumns: `repeat(auto-fill, minmax(${minColumn}px, 1fr))`,
          alignItems: 'start',
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
