// The letter of one decision: preview (not stored), make (stored with its SHA-256), download,
// and mark as sent, which locks the decision and starts the appeal deadline.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import type { Decision } from '@renderer/domain/decision';
import { appealDeadline } from '@renderer/domain/decisions/deadlines';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import type { LetterLanguage } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { saveDecisionLetter } from '@renderer/services/decisions';
import { renderOneLetter } from '@renderer/workers/letters/letters-client';
import { decisionsText as t, languageText } from '@renderer/i18n/decisions';
import { formatTimestamp } from '@renderer/i18n/format';
import type { LetterHead } from '../letter-status';
import { letterFileName } from './letter-file-name';
import { prepareLetters } from './letter-job';
import { LetterPreviewDialog } from './LetterPreviewDialog';
import { LetterPrerequisites } from './LetterPrerequisites';
import { MarkSentDialog } from './MarkSentDialog';
import { LetterDateWarningDialog } from './LetterDateWarningDialog';
import { letterDateWarnings } from '@renderer/domain/decisions/letter-date-warnings';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { TechnicalDetails } from '@renderer/components/TechnicalDetails';

interface Props {
  decision: Decision;
  letters: readonly LetterHead[];
  call: Pick<Call, 'rules' | 'year'>;
  orgnr: string;
  title: string;
  defaultLanguage: LetterLanguage;
  onNotice: (message: string) => void;
}

async function render(decisionId: string, language: LetterLanguage): Promise<{ bytes: Uint8Array; fileName: string }> {
  const [prepared] = await prepareLetters(getDb(), [decisionId], language, todayInOslo());
  if (!prepared) throw new Error(t.makeFailed);
  return { bytes: await renderOneLetter(prepared.job), fileName: prepared.fileName };
}

async function savePdf(fileName: string, bytes: Uint8Array): Promise<void> {
  await getPlatform().saveFile({ suggestedName: fileName, bytes, filters: [{ name: t.pdfFilter, extensions: ['pdf'] }] });
}

export function LetterPanel({ decision, letters, call, orgnr, title, defaultLanguage, onNotice }: Props) {
  const [language, setLanguage] = useState<LetterLanguage>(defaultLanguage);
  const [busy, setBusy] = useState<'preview' | 'make' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ bytes: Uint8Array; fileName: string } | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const [dateWarnings, setDateWarnings] = useState<string[] | null>(null);
  const [ready, setReady] = useState(true);
  // Follow-up letters (e.g. an appeal's forwarding) are kept on the decision too, but are not its letter.
  const own = letters.filter((l) => l.decisionId === decision.id && isDecisionLetterKind(l.kind)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const weeks = call.rules.appealDeadlineWeeks;

  const run = async (kind: 'preview' | 'make') => {
    setBusy(kind);
    setError(null);
    try {
      const letter = await render(decision.id, language);
      if (kind === 'preview') setPreview(letter);
      else {
        await saveDecisionLetter(defaultContext(), { decisionId: decision.id, language, bytes: letter.bytes });
        onNotice(t.made);
      }
    } catch (e) {
      console.error(e);
      setError(`${t.makeFailed} ${e instanceof Error ? e.message : ''}`.trim());
    } finally {
      setBusy(null);
    }
  };

  const download = async (letter: LetterHead) => {
    const stored = await getDb().letters.get(letter.id);
    if (stored) await savePdf(letterFileName(orgnr, title, letter.kind), stored.bytes);
  };

  const status = (letter: LetterHead) => {
    if (letter.sentDate) return `${t.letterSent(letter.sentDate)}, ${t.appealUntil(appealDeadline(letter.sentDate, weeks))}`;
    if (!decision.lockedAt && letter.createdAt < decision.updatedAt) return t.letterOutdated;
    return t.letterMade;
  };
  const canSend = (letter: LetterHead) => !decision.lockedAt && !letter.sentDate && letter.createdAt >= decision.updatedAt;

  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
        {t.lettersLead}
      </Typography>
      {!decision.lockedAt ? <LetterPrerequisites decision={decision} language={language} onReadyChange={setReady} /> : null}
      {!decision.lockedAt ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={language}
            onChange={(_e, next: LetterLanguage | null) => next && setLanguage(next)}
            aria-label={t.language}
          >
            {(['nb', 'nn'] as const).map((l) => (
              <ToggleButton key={l} value={l} sx={{ px: 2 }}>
                {languageText[l]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Button variant="outlined" startIcon={<VisibilityIcon />} disabled={busy !== null || !ready} onClick={() => void run('preview')}>
            {busy === 'preview' ? t.previewing : t.preview}
          </Button>
          <Button
            variant="contained"
            startIcon={<PictureAsPdfIcon />}
            disabled={busy !== null || !ready}
            onClick={() => {
              // Dates outside the grant year are asked about first (the officer may go on).
              const warnings = letterDateWarnings({ letterDate: todayInOslo(), year: call.year, outcome: decision.outcome, amountGrantedOre: decision.amountGrantedOre, rules: call.rules });
              if (warnings.length > 0) setDateWarnings(warnings);
              else void run('make');
            }}
          >
            {busy === 'make' ? t.making : t.make}
          </Button>
        </Box>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      {own.length > 0 ? (
        <TableContainer>
          <Table size="small" aria-label={t.lettersTableLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.colMade}</TableCell>
                <TableCell>{t.colLanguage}</TableCell>
                <TableCell>{t.colStatus}</TableCell>
                <TableCell>{t.colActions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {own.map((letter) => {
                const made = formatTimestamp(letter.createdAt);
                return (
                  <TableRow key={letter.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{made}</TableCell>
                    <TableCell>{languageText[letter.language]}</TableCell>
                    <TableCell>{status(letter)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" onClick={() => void download(letter)} aria-label={t.downloadLabel(made)}>
                        {t.download}
                      </Button>
                      {canSend(letter) ? (
                        <Button size="small" variant="outlined" onClick={() => setSending(letter.id)} aria-label={t.markSentLabel(made)} sx={{ ml: 1 }}>
                          {t.markSent}
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {own.length > 0 ? (
        <TechnicalDetails id={`letter-checksums-${decision.id}`}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t.checksumLead}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {own.map((letter) => (
              <li key={letter.id}>
                {t.checksumLine(formatTimestamp(letter.createdAt))}{' '}
                <Box component="code" sx={{ fontSize: '0.8125rem', overflowWrap: 'anywhere' }}>
                  {letter.sha256}
                </Box>
              </li>
            ))}
          </Box>
        </TechnicalDetails>
      ) : null}
      {preview ? (
        <LetterPreviewDialog bytes={preview.bytes} onSave={() => void savePdf(preview.fileName, preview.bytes)} onClose={() => setPreview(null)} />
      ) : null}
      {dateWarnings ? (
        <LetterDateWarningDialog
          items={[{ warnings: dateWarnings }]}
          onCancel={() => setDateWarnings(null)}
          onContinue={() => {
            setDateWarnings(null);
            void run('make');
          }}
        />
      ) : null}
      {sending ? (
        <MarkSentDialog
          letterId={sending}
          appealWeeks={weeks}
          onClose={() => setSending(null)}
          onDone={(deadline) => {
            setSending(null);
            onNotice(t.markedSent(deadline));
          }}
        />
      ) : null}
    </Box>
  );
}
