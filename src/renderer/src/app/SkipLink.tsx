// "Hopp til hovedinnhold": the first thing a keyboard user meets. It moves focus itself instead
// of following its href, because the hash belongs to the router.
import type { MouseEvent } from 'react';
import Box from '@mui/material/Box';
import { appText } from '@renderer/i18n/app';

export const MAIN_ID = 'hovedinnhold';

export function focusMain(): void {
  document.getElementById(MAIN_ID)?.focus();
}

export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusMain();
  };
  return (
    <Box
      component="a"
      href={`#${MAIN_ID}`}
      onClick={onClick}
      sx={{
        position: 'absolute',
        left: 16,
        top: -64,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        px: 2,
        py: 1.25,
        bgcolor: 'background.paper',
        color: 'primary.dark',
        fontWeight: 600,
        borderRadius: 1,
        boxShadow: 3,
        '&:focus': { top: 12 },
      }}
    >
      {appText.skipLink}
    </Box>
  );
}
