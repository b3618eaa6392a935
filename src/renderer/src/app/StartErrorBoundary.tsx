// Last line of defence: if the database cannot be opened (or the app crashes outside a page),
// say so in plain Norwegian instead of leaving a blank window. Plain Box, not Alert or Button: this
// file is in the entry chunk, and those would drag ButtonBase, ripples and transitions into every
// start.
import { Component, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { appText } from '@renderer/i18n/app';

/** A native button drawn like MUI's outlined button; the theme's focus ring applies to it. */
const reloadButtonSx = {
  font: 'inherit',
  fontWeight: 600,
  fontSize: '0.875rem',
  lineHeight: 1.75,
  px: 2,
  py: 0.625,
  border: 1,
  borderColor: 'primary.main',
  borderRadius: 1,
  color: 'primary.main',
  bgcolor: 'transparent',
  cursor: 'pointer',
  '&:hover': { bgcolor: 'primary.light' },
} as const;

interface State {
  error: Error | null;
}

export class StartErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Box component="main" sx={{ maxWidth: 640, mx: 'auto', my: 10, px: 3 }}>
        <Box role="alert" sx={{ p: 3, border: 1, borderColor: 'error.main', borderLeftWidth: 6, borderRadius: 1, bgcolor: 'background.paper' }}>
          <Typography variant="h1" sx={{ fontSize: '1.25rem', mb: 1.5 }}>
            {appText.startFailedTitle}
          </Typography>
          <Typography sx={{ mb: 2 }}>{appText.startFailedBody}</Typography>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {appText.technicalDetails}
          </Typography>
          <Typography variant="body2" component="pre" sx={{ whiteSpace: 'pre-wrap', m: 0, mb: 2 }}>
            {error.name}: {error.message}
          </Typography>
          <Box component="button" type="button" onClick={() => window.location.reload()} sx={reloadButtonSx}>
            {appText.reload}
          </Box>
        </Box>
      </Box>
    );
  }
}
