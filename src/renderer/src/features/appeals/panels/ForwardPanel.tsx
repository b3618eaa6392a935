// Upheld: the forwarding letter to IMDi (copy to the appellant) is made, kept and the appeal marked
// forwarded; the letter and the case file for IMDi are saved through the platform's save dialog.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { DateField } from '@renderer/components/form/DateField';
import { SelectField } from '@renderer/components/form/SelectField';
import type { Appeal } from '@renderer/domain/appeal';
import type { Letter } from '@renderer/domain/letter';
import { osloDate } from '@renderer/domain/oslo-date';
import type { LetterLanguage } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { forwardToImdi } from '@renderer/services/appeals';
import { defaultContext } from '@renderer/services/context';
import { appealsText as t } from '@renderer/i18n/appeals';
import { languageText } from '@renderer/i18n/decisions';
import { Panel } from '../../decisions/form/Panel';

const LANGUAGES = (['nb', 'nn'] as const).map((value) => ({ value, label: languageText[value] }));
const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];

type Status = { severity: 'success' | 'info' | 'error'; text: string } | null;

interface Props {
  appeal: Appeal;
  orgnr: string;
  forwardingLetter?: Letter;
  onNotice: (text: string) => void;
}

export function ForwardPanel({ appeal, orgnr, forwardingLetter, onNotice }: Props) {
  const { settings } = useCurrentSettings();
  const { control, handleSubmit, setError, formState } = useForm<{ date: string; language: LetterLanguage }>({
    defaultValues: { date: osloDate(new Date()), language: settings.letterLanguage },
  });
  const [busy, setBusy] = useState<'letter' | 'casefile' | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const forward = handleSubmit(async ({ date, language }) => {
    setBusy('letter');
    try {
      const { makeForwardingLetter } = await import('../documents/browser-documents');
      const bytes = await makeForwardingLetter(appeal.id, language, date);
      await forwardToImdi(defaultContext(), appeal.id, { date, language, bytes });
      onNotice(t.forwarded(date));
    } catch (error) {
      applyServiceErrors(error, ['date', 'language'], setError, t.failed);
    } finally {
      setBusy(null);
    }
  });

  async function save(what: 'letter' | 'casefile') {
    setBusy(what);
    setStatus(null);
    try {
      const day = appeal.forwardedToImdiDate ?? osloDate(new Date());
      let bytes: Uint8Array;
      if (what === 'letter' && forwardingLetter) {
        bytes = forwardingLetter.bytes;
      } else {
        const { makeCaseFile } = await import('../documents/browser-documents');
        bytes = (await makeCaseFile(appeal.id, osloDate(new Date()))).bytes;
      }
      const suggestedName = `${what === 'letter' ? 'klage-oversendelse' : 'klagesak-til-imdi'}-${orgnr}-${day}.pdf`;
      const result = await getPlatform().saveFile({ suggestedName, bytes, filters: PDF_FILTER });
      setStatus(result.saved ? { severity: 'success', text: what === 'letter' ? t.letterSaved : t.caseFileSaved } : { severity: 'info', text: t.saveCancelled });
    } catch (error) {
      setStatus({ severity: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Panel title={t.forwardTitle} lead={appeal.forwardedToImdiDate ? undefined : t.forwardLead}>
      <Stack spacing={2.5} sx={{ maxWidth: 640 }}>
        {appeal.forwardedToImdiDate ? (
          <Alert severity="info">{t.forwarded(appeal.forwardedToImdiDate)}</Alert>
        ) : (
          <Box component="form" noValidate onSubmit={forward}>
            <Stack spacing={2.5}>
              {formState.errors.root ? <Alert severity="error">{formState.errors.root.message}</Alert> : null}
              <DateField control={control} name="date" label={t.forwardDate} required />
              <SelectField control={control} name="language" label={t.language} options={LANGUAGES} required />
              <Box>
                <Button type="submit" variant="contained" disabled={busy !== null}>
                  {busy === 'letter' ? t.forwarding : t.forwardButton}
                </Button>
              </Box>
            </Stack>
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          {forwardingLetter ? (
            <Button variant="outlined" onClick={() => void save('letter')} disabled={busy !== null}>
              {t.saveLetter}
            </Button>
          ) : null}
          <Button variant="outlined" onClick={() => void save('casefile')} disabled={busy !== null}>
            {t.saveCaseFile}
          </Button>
          {busy === 'casefile' ? (
            <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <CircularProgress size={18} aria-hidden />
              {t.makingCaseFile}
            </Box>
          ) : null}
        </Box>
        {status ? <Alert severity={status.severity} role="status">{status.text}</Alert> : null}
      </Stack>
    </Panel>
  );
}
