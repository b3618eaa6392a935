// "Forhåndsvis eksempelbrev": renders a made-up case with the texts as they stand in the form (saved
// or not) and shows it in the letters' own preview dialog. Nothing is stored.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { decisionOutcomeSchema, type DecisionOutcome } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import type { LetterLanguage } from '@renderer/domain/settings';
import type { LetterTexts } from '@renderer/documents/pdf/letter-texts';
import { getPlatform } from '@renderer/platform';
import { renderOneLetter } from '@renderer/workers/letters/letters-client';
import { LetterPreviewDialog } from '@renderer/features/decisions/letters/LetterPreviewDialog';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { letterTextsText as t } from '@renderer/i18n/letter-texts';
import { sampleLetterJob } from './sample-letter';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

interface Props {
  language: LetterLanguage;
  letterhead: Letterhead;
  municipalityName: string;
  /** Checks the form; the texts to show, or null when a text has an error (shown at its field). */
  texts: () => Promise<LetterTexts | null>;
}

export function SampleLetterPreview({ language, letterhead, municipalityName, texts }: Props) {
  const [outcome, setOutcome] = useState<DecisionOutcome>('innvilget');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [bytes, setBytes] = useState<Uint8Array | null>(null);

  const show = async () => {
    setError(undefined);
    const current = await texts();
    if (!current) {
      setError(t.previewInvalid);
      return;
    }
    setBusy(true);
    try {
      const job = sampleLetterJob({ language, texts: current, outcome, letterhead, municipalityName, letterDate: todayInOslo() });
      setBytes(await renderOneLetter(job));
    } catch (e) {
      console.error(e);
      setError(t.previewFailed);
    } finally {
      setBusy(false);
    }
  };

  const save = (pdf: Uint8Array) =>
    void getPlatform().saveFile({ suggestedName: t.sampleFileName, bytes: pdf, filters: [{ name: t.pdfFilter, extensions: ['pdf'] }] });

  return (
    <Box>
      <Typography variant="h3" component="h2" sx={{ mb: 0.5 }}>
        {t.previewHeading}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t.previewHelp}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t.previewOutcome}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as DecisionOutcome)}
          sx={{ width: 220 }}
          fullWidth={false}
        >
          {decisionOutcomeSchema.options.map((o) => (
            <MenuItem key={o} value={o}>
              {DECISION_OUTCOME_LABELS[o]}
            </MenuItem>
          ))}
        </TextField>
        <Button type="button" variant="outlined" startIcon={<VisibilityIcon />} onClick={() => void show()} disabled={busy}>
          {busy ? t.previewing : t.preview}
        </Button>
      </Box>
      <Box role="status" sx={{ color: 'error.main', mt: error ? 1 : 0, fontSize: '0.875rem' }}>
        {error ?? ''}
      </Box>
      {bytes ? <LetterPreviewDialog bytes={bytes} note={t.previewNote} onSave={() => save(bytes)} onClose={() => setBytes(null)} /> : null}
    </Box>
  );
}
