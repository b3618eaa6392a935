// «Bekreft R2 for organisasjonene»: the officer confirms R2 (non-profit, non-public) once for the
// organisations behind the list's current selection in one call. The confirmation holds for all
// their applications in that call, which are screened again at once.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { confirmR2ForOrganisations } from '@renderer/services/r2-confirmation';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { formText } from '@renderer/i18n/form';
import { compareNb } from '@renderer/domain/collate';
import { formatOrgnr } from '@renderer/domain/vocabulary';

interface Props {
  callId: string;
  applicationIds: readonly string[];
  onClose: () => void;
  onDone: (message: string) => void;
}

interface OrganisationLine {
  id: string;
  name: string;
  orgnr: string;
  confirmed: boolean;
}

async function loadLines(callId: string, applicationIds: readonly string[]) {
  const db = getDb();
  const call = await db.calls.get(callId);
  const applications = (await db.applications.bulkGet([...applicationIds])).filter((a) => a?.callId === callId);
  const orgIds = [...new Set(applications.map((a) => a!.organisationId))];
  const confirmed = new Set((call?.r2Confirmations ?? []).map((c) => c.organisationId));
  const organisations = await db.organisations.bulkGet(orgIds);
  const lines: OrganisationLine[] = organisations
    .flatMap((o) => (o ? [{ id: o.id, name: o.name, orgnr: o.orgnr, confirmed: confirmed.has(o.id) }] : []))
    .sort((a, b) => compareNb(a.name, b.name));
  return { title: call?.title ?? '', lines, applicationIds: applications.map((a) => a!.id) };
}

export function R2ConfirmDialog({ callId, applicationIds, onClose, onDone }: Props) {
  const data = useLiveQuery(() => loadLines(callId, applicationIds), [callId, applicationIds]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fresh = data?.lines.filter((l) => !l.confirmed) ?? [];

  const submit = async () => {
    if (!data) return;
    setBusy(true);
    setError(null);
    try {
      const result = await confirmR2ForOrganisations(defaultContext(), { callId, applicationIds: data.applicationIds });
      onDone(s.r2Done(result.confirmedOrganisationIds.length, result.rescreened));
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : s.r2Failed);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="r2-title">
      <DialogTitle id="r2-title">{s.r2Title}</DialogTitle>
      <DialogContent>
        {!data ? (
          <LinearProgress aria-label={s.r2Title} />
        ) : (
          <>
            <Typography sx={{ mb: 2 }}>{s.r2Lead(data.lines.length, data.title)}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 320, overflow: 'auto' }} tabIndex={0} aria-label={s.r2Title}>
              {data.lines.map((l) => (
                <Typography component="li" key={l.id} variant="body2" color={l.confirmed ? 'text.secondary' : undefined}>
                  {l.name} ({formatOrgnr(l.orgnr)}){l.confirmed ? ` – ${s.r2Already}` : ''}
                </Typography>
              ))}
            </Box>
            {fresh.length === 0 ? <Alert severity="info" sx={{ mt: 2 }}>{s.r2NothingNew}</Alert> : null}
            {error ? <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert> : null}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {formText.cancel}
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy || fresh.length === 0}>
          {s.r2Submit(fresh.length)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
