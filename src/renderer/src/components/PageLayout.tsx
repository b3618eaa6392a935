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
  /** Use the whole content width (big tables); the lead keeps its reading width. */
  wide?: boolean;
  /** False for a page that says itself when what the officer came for is drawn (a list whose rows come after it mounts). */
  marksStartup?: boolean;
}

export function PageLayout({ title, lead, children, wide = false, marksStartup = true }: PageLayoutProps) {
  useEffect(() => {
    document.title = `${title} – ${appText.programName}`;
  }, [title]);
  // The first page on screen lets the work that waited for the start go ahead (after-startup.ts).
  useEffect(() => {
    if (marksStartup) markStartupDoneAfterPaint();
  }, [marksStartup]);

  return (
    <Box sx={{ maxWidth: wide ? undefined : 960 }}>
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
