// A calm, public-sector look: deep municipal blue, plain white surfaces, system fonts (no web
// fonts to fetch under the strict CSP) and a strong focus ring. All text colours meet WCAG AA.
import { createTheme } from '@mui/material/styles';
// MUI's own texts (Autocomplete's Åpne/Lukk/Tøm, pagination, …) in Norwegian bokmål.
import { nbNO } from '@mui/material/locale';

const focusRing = '#b35c00';

/** The one focus outline (WCAG 2.4.7, 2.4.11): the menu links' ring on everything focusable. */
const focusOutline = { outline: `3px solid ${focusRing}`, outlineOffset: '2px' } as const;
/** Keyboard focus only (:focus-visible, or MUI's own class for components that track it). */
const onKeyboardFocus = { '&:focus-visible, &.Mui-focusVisible': focusOutline } as const;

export const theme = createTheme(
  {
  palette: {
    mode: 'light',
    primary: { main: '#1b4f72', dark: '#123852', light: '#e8f0f6', contrastText: '#ffffff' },
    secondary: { main: '#2f6b4f', contrastText: '#ffffff' },
    error: { main: '#b3261e' },
    success: { main: '#2e7d32' },
    background: { default: '#f4f6f8', paper: '#ffffff' },
    text: { primary: '#1c2329', secondary: '#4a5561' },
    divider: '#d9dee3',
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily:
      '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
    h1: { fontSize: '1.875rem', fontWeight: 600, lineHeight: 1.25 },
    h2: { fontSize: '1.375rem', fontWeight: 600, lineHeight: 1.3 },
    h3: { fontSize: '1.125rem', fontWeight: 600, lineHeight: 1.35 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // A visible ring for keyboard users on everything focusable, MUI's ripple is too faint.
        ':focus-visible, .Mui-focusVisible': focusOutline,
        // A focused table row draws its ring inside, so the table's scroll container does not clip it.
        'tr:focus-visible': { outlineOffset: '-3px' },
        body: { WebkitFontSmoothing: 'antialiased' },
      },
    },
    // MUI's ButtonBase (buttons, tabs, chips, checkboxes, list items …) resets outline to 0 in its
    // own styles, which would win over the baseline rule above; give it the ring back here.
    MuiButtonBase: { styleOverrides: { root: onKeyboardFocus } },
    MuiLink: { styleOverrides: { root: onKeyboardFocus } },
    // Tabs sit in a scroller that clips what is outside it: their ring is drawn inside.
    MuiTab: { styleOverrides: { root: { '&:focus-visible, &.Mui-focusVisible': { outlineOffset: '-3px' } } } },
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTextField: { defaultProps: { fullWidth: true } },
    MuiListItemButton: {
      styleOverrides: {
        root: {
          borderRadius: 6,
          '&.Mui-selected': { backgroundColor: '#e1ebf3', color: '#123852', fontWeight: 600 },
          '&.Mui-selected:hover': { backgroundColor: '#d3e2ee' },
        },
      },
    },
  },
},
  nbNO,
);
