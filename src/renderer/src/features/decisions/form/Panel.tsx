// A titled card section of the decision page.
import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

export function Panel({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Card component="section" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" sx={{ mb: lead ? 0.5 : 2 }}>
          {title}
        </Typography>
        {lead ? (
          <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
            {lead}
          </Typography>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
}
