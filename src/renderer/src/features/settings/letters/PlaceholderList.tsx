// The placeholders one letter text may use, each with what it is filled with; folded away until
// asked for (a native details element: keyboard and screen reader work without extra code).
import { Fragment } from 'react';
import Box from '@mui/material/Box';
import type { LetterTextField } from '@renderer/domain/letter-texts/fields';
import { letterTextsText as t } from '@renderer/i18n/letter-texts';

export function PlaceholderList({ field }: { field: LetterTextField }) {
  const required = new Set<string>(field.required.map((r) => r.placeholder));
  const specific = t.placeholderHelpIn[field.path as keyof typeof t.placeholderHelpIn] ?? {};
  return (
    <Box
      component="details"
      sx={{
        fontSize: '0.875rem',
        '& > summary': { cursor: 'pointer', color: 'primary.main', fontWeight: 600, py: 0.5, width: 'fit-content' },
      }}
    >
      <summary>{t.placeholdersSummary(field.placeholders.length)}</summary>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mt: 1, pl: 2 }}
      >
        {field.placeholders.map((p) => (
          <Fragment key={p}>
            <Box component="dt" sx={{ fontFamily: 'monospace', fontSize: '0.875rem', fontWeight: required.has(p) ? 700 : 400 }}>
              {`{${p}}`}
            </Box>
            <Box component="dd" sx={{ m: 0, color: 'text.secondary' }}>
              {specific[p] ?? t.placeholderHelp[p]}
              {required.has(p) ? (
                <Box component="span" sx={{ color: 'text.primary', fontWeight: 600 }}>
                  {` (${t.required})`}
                </Box>
              ) : null}
            </Box>
          </Fragment>
        ))}
      </Box>
    </Box>
  );
}
