// Keeps the shell usable when one page fails to load or render (e.g. a missing chunk).
import { Component, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { appText } from '@renderer/i18n/app';

interface State {
  failed: boolean;
}

export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <Alert severity="error" sx={{ maxWidth: '70ch' }}>
          {appText.pageLoadFailed}
        </Alert>
      );
    }
    return this.props.children;
  }
}
