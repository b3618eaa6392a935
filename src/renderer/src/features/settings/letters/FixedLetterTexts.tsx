// The fixed texts of one letter section: what the law or the scheme needs said, shown as it stands
// in the letter (placeholders in braces), with why it cannot be changed. The municipality's own text
// goes in the boxes before and after it.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { letterTextAt } from '@renderer/domain/letter-texts/effective';
import {
  FIXED_LETTER_TEXT_PATHS,
  FIXED_LETTER_TEXT_REASONS,
  type FixedLetterTextPath,
  type LetterSectionId,
} from '@renderer/domain/letter-texts/fields';
import { DEFAULT_LETTER_TEXTS } from '@renderer/domain/letter-texts/standard';
import type { LetterLanguage } from '@renderer/domain/settings';
import { letterTextsText as t } from '@renderer/i18n/letter-texts';

function sectionOf(path: FixedLetterTextPath): LetterSectionId {
  const head = path.split('.')[0]!;
  return head === 'headingOutcome' ? 'opening' : (head as LetterSectionId);
}

export function fixedTextsOf(section: LetterSectionId): FixedLetterTextPath[] {
  return FIXED_LETTER_TEXT_PATHS.filter((p) => sectionOf(p) === section);
}

export function FixedLetterTexts({ section, language }: { section: LetterSectionId; language: LetterLanguage }) {
  const paths = fixedTextsOf(section);
  if (paths.length === 0) return null;
  const texts = DEFAULT_LETTER_TEXTS[language];
  return (
    <Box sx={{ my: 2, p: 2, bgcolor: 'grey.100', borderLeft: 4, borderColor: 'primary.main', borderRadius: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {t.fixedHeading}
      </Typography>
      {paths.map((p) => (
        <Box key={p} sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid={`fixed-${p}`}>
            {letterTextAt(texts, p)}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {t.fixedWhy(FIXED_LETTER_TEXT_REASONS[p])}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
