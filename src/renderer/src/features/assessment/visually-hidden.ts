// For text only screen readers need (a table's action column header).
export const visuallyHidden = {
  position: 'absolute',
  // In px: MUI's sx reads a bare 1 as 100 %, which made the hidden box as wide as its container and
  // widened the page in a narrow window.
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
  p: 0,
  m: '-1px',
} as const;
