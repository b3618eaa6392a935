// "Sjekk mot Enhetsregisteret": pick the bulk file, read it in a worker with progress and cancel,
// confirm the file's date, and update the known organisations in one go.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { getDb } from '@renderer/data/db';
import { registerFileDateFromName } from '@renderer/domain/register-unit';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { applyRegister, type ApplyRegisterResult } from '@renderer/services/register/apply-register';
import { registerCheckText as text } from '@renderer/i18n/register-check';
import {
  isCancelled,
  startRegisterRead,
  type RegisterReadJob,
  type RegisterReadResult,
} from '@renderer/workers/register-read-client';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; fraction: number }
  | { kind: 'read'; name: string; read: RegisterReadResult; found: number; known: number; fileDate: string; applying: boolean }
  | { kind: 'done'; result: ApplyRegisterResult }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function RegisterCheckSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const job = useRef<RegisterReadJob | undefined>(undefined);

  async function pick() {
    const file = await getPlatform().openFile({ filters: [{ name: text.fileFilter, extensions: ['json', 'gz', 'csv'] }] });
    if (!file) return;
    const known = (await getDb().organisations.toArray()).map((o) => o.orgnr);
    if (known.length === 0) {
      setStep({ kind: 'failed', message: text.noOrganisations });
      return;
    }
    setStep({ kind: 'reading', name: file.name, fraction: 0 });
    const started = startRegisterRead(file.bytes, known, (fraction) =>
      setStep((s) => (s.kind === 'reading' ? { ...s, fraction } : s)),
    );
    job.current = started;
    try {
      const read = await started.result;
      const knownSet = new Set(known);
      setStep({
        kind: 'read',
        name: file.name,
        read,
        found: read.units.filter((u) => knownSet.has(u.orgnr)).length,
        known: known.length,
        fileDate: registerFileDateFromName(file.name) ?? '',
        applying: false,
      });
    } catch (error) {
      setStep(isCancelled(error) ? { kind: 'cancelled' } : { kind: 'failed', message: messageOf(error) });
    } finally {
      job.current = undefined;
    }
  }

  async function apply(current: Extract<Step, { kind: 'read' }>) {
    setStep({ ...current, applying: true });
    try {
      const result = await applyRegister(defaultContext(), { units: current.read.units, fileDate: current.fileDate });
      setStep({ kind: 'done', result });
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  const busy = step.kind === 'reading' || (step.kind === 'read' && step.applying);
  return (
    <Card component="section" aria-labelledby="register-check-title" sx={{ mb: 3 }}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id="register-check-title" variant="h2" sx={{ mb: 0.5 }}>
          {text.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {text.lead}
        </Typography>
        {step.kind !== 'read' ? (
          <Button variant="outlined" startIcon={<FactCheckIcon />} disabled={busy} onClick={() => void pick()}>
            {text.pickFile}
          </Button>
        ) : null}
        {step.kind === 'reading' ? (
          <Box sx={{ mt: 2 }}>
            <Typography role="status">{text.reading(step.name)}</Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
              <LinearProgress
                variant="determinate"
                value={Math.round(step.fraction * 100)}
                aria-label={text.progressLabel}
                sx={{ flexGrow: 1 }}
              />
              <Button onClick={() => job.current?.cancel()}>{text.cancel}</Button>
            </Box>
          </Box>
        ) : null}
        {step.kind === 'read' ? (
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Typography role="status">{text.readSummary(step.read.unitsRead, step.found, step.known)}</Typography>
            <TextField
              type="date"
              label={text.fileDateLabel}
              value={step.fileDate}
              onChange={(event) => setStep({ ...step, fileDate: event.target.value })}
              error={step.fileDate === ''}
              helperText={step.fileDate === '' ? text.fileDateMissing : text.fileDateHelp}
              required
              sx={{ maxWidth: 260 }}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <Box sx={{ display: 'flex', gap: 2 }}>
              <Button variant="contained" disabled={step.applying || step.fileDate === ''} onClick={() => void apply(step)}>
                {step.applying ? text.applying : text.apply}
              </Button>
              <Button disabled={step.applying} onClick={() => setStep({ kind: 'idle' })}>
                {text.discard}
              </Button>
            </Box>
          </Box>
        ) : null}
        {step.kind === 'done' ? (
          <Alert severity="success" sx={{ mt: 2 }}>
            <AlertTitle>{text.doneTitle}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {text.doneLines(step.result).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </Box>
          </Alert>
        ) : null}
        {step.kind === 'failed' ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            <AlertTitle>{text.failedTitle}</AlertTitle>
            {step.message}
          </Alert>
        ) : null}
        {step.kind === 'cancelled' ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            {text.cancelled}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
