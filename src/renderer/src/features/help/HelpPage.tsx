// «Brukerveiledning»: the officers' guide (docs/brukerveiledning.md) as a page inside the program,
// so it opens offline and without the repository. Its own lazy chunk: Markdown, marked and the
// screenshots' URLs are loaded only when the guide is opened.
import type { MouseEvent } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { PageLayout } from '@renderer/components/PageLayout';
import { getPlatform } from '@renderer/platform';
import { helpText } from '@renderer/i18n/help';
import guideMarkdown from '../../../../../docs/brukerveiledning.md?raw';
import { renderGuide } from './render-guide';

const IMAGES = import.meta.glob<string>('../../../../../docs/bilder/*.png', {
  eager: true,
  query: '?url',
  import: 'default',
});

const GUIDE = renderGuide(guideMarkdown, IMAGES);

/** Web links open in the officer's browser; the program's window never navigates away. */
function openLinksOutside(event: MouseEvent<HTMLElement>) {
  const anchor = (event.target as HTMLElement).closest('a');
  if (!anchor || !/^https?:/i.test(anchor.href)) return;
  event.preventDefault();
  void getPlatform().openExternal(anchor.href);
}

function goTo(id: string) {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

const guideSx = {
  '& h2': { typography: 'h2', mt: 5, mb: 1.5, scrollMarginTop: 80 },
  '& h3': { typography: 'h3', mt: 3, mb: 1, scrollMarginTop: 80 },
  '& h2:focus, & h3:focus': { outline: 'none' },
  '& p, & ul, & ol': { maxWidth: '75ch', lineHeight: 1.6 },
  '& li': { mb: 0.5 },
  '& img': {
    display: 'block',
    maxWidth: '100%',
    height: 'auto',
    my: 2,
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
  },
  '& code': { fontFamily: 'monospace', fontSize: '0.95em' },
  '& table': { borderCollapse: 'collapse', my: 2 },
  '& th, & td': { border: 1, borderColor: 'divider', px: 1.5, py: 0.75, textAlign: 'left', verticalAlign: 'top' },
} as const;

export default function HelpPage() {
  return (
    <PageLayout title={GUIDE.title}>
      <Box component="nav" aria-label={helpText.contentsLabel} sx={{ mb: 4 }}>
        <Typography variant="h2" sx={{ mb: 1 }}>
          {helpText.contents}
        </Typography>
        <Box component="ol" sx={{ m: 0, pl: 3, columns: { md: 2 } }}>
          {GUIDE.sections.map((s) => (
            <li key={s.id}>
              <Link component="button" type="button" onClick={() => goTo(s.id)} sx={{ textAlign: 'left' }}>
                {s.text}
              </Link>
            </li>
          ))}
        </Box>
      </Box>
      <Box
        data-testid="user-guide"
        sx={guideSx}
        onClick={openLinksOutside}
        dangerouslySetInnerHTML={{ __html: GUIDE.html }}
      />
    </PageLayout>
  );
}
