// Last line of defence: if the database cannot be opened (or the app crashes outside a page),
// say so in plain Norwegian instead of leaving a blank window. Plain Box, not Alert: this file is
// in the entry chunk, and Alert would drag another chunk into every start.
import { Component, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { appText } from '@renderer/i18n/app';

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
          <Button variant="outlined" onClick={() => window.location.reload()}>
            {appText.reload}
          </Button>
        </Box>
      </Box>
    );
  }
}
