// What must be in place before a decision letter can be made, shown above the letter buttons: the
// municipality's postal address in the letterhead (where an appeal is sent; with a link to where it
// is set), and the decision's reasons in the letter's written language (asked for here).
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { areaPaths } from '@renderer/components/area-paths';
import { useCurrentSettings } from '@renderer/components/current-settings';
import type { Decision } from '@renderer/domain/decision';
import { effectiveLetterhead, missingLetterheadFields } from '@renderer/domain/decisions/letterhead';
import { missingReasonLanguage } from '@renderer/domain/decisions/reason-language';
import type { LetterLanguage } from '@renderer/domain/settings';
import { defaultContext } from '@renderer/services/context';
import { setDecisionReason } from '@renderer/services/decisions/reason-language';
import { ValidationError } from '@renderer/services/errors';
import { letterPrerequisitesText as t } from '@renderer/i18n/letter-prerequisites';

interface Props {
  decision: Decision;
  language: LetterLanguage;
  /** Told whether a letter can be made now. */
  onReadyChange: (ready: boolean) => void;
}

export function LetterPrerequisites({ decision, language, onReadyChange }: Props) {
  const { settings, municipality } = useCurrentSettings();
  const letterhead = effectiveLetterhead(
    settings.letterhead,
    municipality ?? { name: settings.municipalityId, email: '', phone: '' },
    settings.officerName,
  );
  const addressMissing = missingLetterheadFields(letterhead).length > 0;
  const reasonMissing = missingReasonLanguage(decision, language);
  const ready = !addressMissing && !reasonMissing;
  useEffect(() => onReadyChange(ready), [ready, onReadyChange]);

  if (ready) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, mb: 2, maxWidth: '70ch' }}>
      {addressMissing ? (
        <Alert severity="warning">
          <AlertTitle>{t.addressMissingTitle}</AlertTitle>
          {t.addressMissing}{' '}
          <Link component={RouterLink} to={`${areaPaths.settings}/brevmal`}>
            {t.addressLink}
          </Link>
        </Alert>
      ) : null}
      {reasonMissing && !decision.lockedAt ? <MissingReason decision={decision} language={language} /> : null}
    </Box>
  );
}

function MissingReason({ decision, language }: { decision: Decision; language: LetterLanguage }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const other = language === 'nn' ? decision.justification : (decision.justificationNn ?? '');
  const fieldId = `missing-reason-${decision.id}`;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      // The live query of the case page brings the saved decision back here.
      await setDecisionReason(defaultContext(), decision.id, language, text);
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : t.reasonSaveFailed);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Alert severity="warning">
      <AlertTitle>{t.reasonMissingTitle(language)}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {t.reasonMissing(language)}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t.reasonOther(language)}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1.5, whiteSpace: 'pre-wrap' }}>
        {other}
      </Typography>
      <TextField
        id={fieldId}
        label={t.reasonLabel(language)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        required
        error={Boolean(error)}
        helperText={error ?? ' '}
        slotProps={{ input: { sx: { bgcolor: 'background.paper' } } }}
      />
      <Button variant="contained" onClick={() => void save()} disabled={saving || !text.trim()} sx={{ mt: 1 }}>
        {saving ? t.reasonSaving : t.reasonSave}
      </Button>
    </Alert>
  );
}
