// Every page: one h1, an optional lead paragraph, and the browser/window title kept in step.
import { useEffect, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { appText } from '@renderer/i18n/app';
import { markStartupDoneAfterPaint } from './after-startup';

interface PageLayoutProps {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  /** A page built around a table: it takes the whole content width (text keeps its measure). */
  wide?: boolean;
}

export function PageLayout({ title, lead, children, wide = false }: PageLayoutProps) {
  useEffect(() => {
    document.title = `${title} – ${appText.programName}`;
  }, [title]);
  // The first page on screen lets the work that waited for the start go ahead (after-startup.ts).
  useEffect(markStartupDoneAfterPaint, []);

  return (
    <Box sx={{ maxWidth: wide ? 'none' : 960 }}>
      <Typography variant="h1" sx={{ mb: lead ? 1.5 : 3 }}>
        {title}
      </Typography>
      {lead ? (
        <Typography variant="body1" color="text.secondary" sx={{ mb: 3, maxWidth: '70ch' }}>
          {lead}
        </Typography>
      ) : null}
      {children}
    </Box>
  );
}
