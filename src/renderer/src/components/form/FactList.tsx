// Label–value pairs read on a detail page (a <dl>): labels left, values right, stacked when narrow.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export function FactList({ items }: { items: readonly (readonly [string, string])[] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'minmax(200px, max-content) 1fr' },
        columnGap: 3,
        rowGap: 1,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, fontVariantNumeric: 'tabular-nums', mb: { xs: 1, sm: 0 } },
      }}
    >
      {items.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt">{term}</Typography>
          <Typography component="dd">{value}</Typography>
        </Box>
      ))}
    </Box>
  );
}
