// One editable letter text: its name, an "Endret" / "Ikke lagret" marker, the text box, what must
// stay in it, what the law asks it to say, the placeholders it may use, and a way back to the
// standard text. The message of a failed check stands under the box.
import { useController, type Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import type { LetterTextField } from '@renderer/domain/letter-texts/fields';
import { listPlaceholders } from '@renderer/domain/letter-texts/placeholders';
import type { LanguageTexts } from '@renderer/domain/letter-texts/schema';
import { joinNorwegian } from '@renderer/domain/vocabulary/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { letterTextsText as t } from '@renderer/i18n/letter-texts';
import type { LetterTextsFormValues } from './letter-texts-form';
import { PlaceholderList } from './PlaceholderList';

const MARKERS = {
  edited: { bg: '#fdf1de', fg: '#6b4000', border: '#efd2a2' },
  unsaved: { bg: '#e3edf5', fg: '#123852', border: '#b9cfe2' },
} as const;

function Marker({ id, kind, label }: { id: string; kind: keyof typeof MARKERS; label: string }) {
  const c = MARKERS[kind];
  return (
    <Chip
      id={id}
      size="small"
      label={label}
      sx={{ bgcolor: c.bg, color: c.fg, border: 1, borderColor: c.border, fontWeight: 600 }}
    />
  );
}

function helpFor(field: LetterTextField): string | undefined {
  const placeholders = field.required.length > 0 ? listPlaceholders(field.required.map((r) => r.placeholder)) : undefined;
  const mentions = field.mentions?.length ? joinNorwegian(field.mentions.map((m) => m.what)) : undefined;
  if (placeholders || mentions) return t.mustContain(placeholders, mentions);
  if (field.form === 'line') return field.placeholders.length === 0 ? t.oneLineNoPlaceholders : t.oneLine;
  return field.placeholders.length === 0 ? t.noPlaceholders : undefined;
}

interface Props {
  control: Control<LetterTextsFormValues, unknown, LanguageTexts>;
  field: LetterTextField;
  language: LetterLanguage;
  standard: string;
  /** A saved edit exists for this text. */
  edited: boolean;
  disabled: boolean;
  onReset: (field: LetterTextField) => void;
}

export function LetterTextInput({ control, field, language, standard, edited, disabled, onReset }: Props) {
  const { field: input, fieldState } = useController({ control, name: field.path });
  const id = `letter-text-${field.path.replaceAll('.', '-')}`;
  const value = (input.value as string | undefined) ?? '';
  const canReset = edited || value.trim() !== standard;
  const help = helpFor(field);
  const describedBy = [
    fieldState.error || help ? `${id}-helper-text` : '',
    field.mustSay ? `${id}-law` : '',
    edited ? `${id}-edited` : '',
    fieldState.isDirty ? `${id}-unsaved` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Box data-testid={id} sx={{ py: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1, minHeight: 32 }}>
        <Typography component="label" htmlFor={id} sx={{ fontWeight: 600 }}>
          {field.label}
        </Typography>
        {edited ? <Marker id={`${id}-edited`} kind="edited" label={t.edited} /> : null}
        {fieldState.isDirty ? <Marker id={`${id}-unsaved`} kind="unsaved" label={t.unsaved} /> : null}
        {canReset ? (
          <Button
            size="small"
            startIcon={<RestartAltIcon />}
            onClick={() => onReset(field)}
            disabled={disabled}
            aria-label={t.resetLabel(field.label)}
            sx={{ ml: 'auto' }}
          >
            {t.reset}
          </Button>
        ) : null}
      </Box>
      <TextField
        id={id}
        name={input.name}
        inputRef={input.ref}
        value={value}
        onChange={(e) => input.onChange(e.target.value)}
        onBlur={input.onBlur}
        multiline={field.form === 'paragraph'}
        minRows={field.form === 'paragraph' ? 2 : undefined}
        error={Boolean(fieldState.error)}
        helperText={fieldState.error?.message ?? help}
        disabled={disabled}
        size={field.form === 'line' ? 'small' : 'medium'}
        slotProps={{ htmlInput: { 'aria-describedby': describedBy || undefined, spellCheck: true, lang: language } }}
      />
      {field.mustSay ? (
        <Typography id={`${id}-law`} variant="body2" color="text.secondary" sx={{ mt: 1, maxWidth: '80ch' }}>
          <Box component="span" sx={{ fontWeight: 600, color: 'text.primary' }}>
            {t.lawLabel}
          </Box>{' '}
          {field.mustSay}
        </Typography>
      ) : null}
      {field.placeholders.length > 0 ? (
        <Box sx={{ mt: 1 }}>
          <PlaceholderList field={field} />
        </Box>
      ) : null}
    </Box>
  );
}
