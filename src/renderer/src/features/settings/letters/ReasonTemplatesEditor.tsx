// Begrunnelsesmaler: the standard templates with the municipality's edits, and its own ones. Edit
// title and text (bokmål and nynorsk), add own, reset a standard one to its standard text.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import {
  ReasonTemplateOverrideSchema,
  isDefaultReasonTemplate,
  mergeReasonTemplates,
  type ReasonTemplate,
} from '@renderer/domain/decisions/reason-templates';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { resetReasonTemplate, saveReasonTemplate } from '@renderer/services/letter-settings';
import { letterSettingsText as t } from '@renderer/i18n/letter-settings';

interface Draft {
  id: string;
  isNew: boolean;
  label: string;
  nb: string;
  nn: string;
}

type DraftErrors = Partial<Record<'label' | 'nb' | 'nn' | '', string>>;

function draftErrors(issues: ReadonlyArray<{ path: string; message: string }>): DraftErrors {
  const out: DraftErrors = {};
  for (const { path, message } of issues) {
    const key = path.endsWith('label') ? 'label' : path.endsWith('text.nb') ? 'nb' : path.endsWith('text.nn') ? 'nn' : '';
    out[key] ??= message;
  }
  return out;
}

export function ReasonTemplatesEditor() {
  const overrides = useLiveQuery(async () => (await getDb().settings.get(SETTINGS_ID))?.reasonTemplates ?? [], []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  if (!overrides) return null;
  const templates = mergeReasonTemplates(overrides);
  const overridden = new Set(overrides.map((o) => o.id));

  const open = (tpl: ReasonTemplate | null) => {
    setErrors({});
    setMessage(undefined);
    setDraft(
      tpl
        ? { id: tpl.id, isNew: false, label: tpl.label, nb: tpl.text.nb, nn: tpl.text.nn }
        : { id: `egen-${crypto.randomUUID()}`, isNew: true, label: '', nb: '', nn: '' },
    );
  };

  const save = async () => {
    if (!draft) return;
    const own = overrides.find((o) => o.id === draft.id);
    const edit = { id: draft.id, label: draft.label, text: { nb: draft.nb, nn: draft.nn }, outcomes: own?.outcomes };
    const parsed = ReasonTemplateOverrideSchema.safeParse(edit, { error: norwegianErrorMap });
    if (!parsed.success) {
      setErrors(draftErrors(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))));
      return;
    }
    setBusy(true);
    try {
      await saveReasonTemplate(defaultContext(), parsed.data);
      setDraft(null);
      setMessage({ ok: true, text: t.templateSaved(parsed.data.label) });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(draftErrors(error.issues));
      else setErrors({ '': t.templateSaveFailed });
    } finally {
      setBusy(false);
    }
  };

  const reset = async (tpl: ReasonTemplate) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await resetReasonTemplate(defaultContext(), tpl.id);
      const standard = mergeReasonTemplates(undefined).find((d) => d.id === tpl.id);
      setMessage({ ok: true, text: standard ? t.templateReset(standard.label) : t.templateDeleted(tpl.label) });
    } catch {
      setMessage({ ok: false, text: t.templateSaveFailed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2.5}>
      <Box>
        <Button variant="contained" onClick={() => open(null)} disabled={busy}>
          {t.add}
        </Button>
      </Box>
      <Box role="status">{message ? <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}</Box>
      {templates.map((tpl) => {
        const standard = isDefaultReasonTemplate(tpl.id);
        const edited = standard && overridden.has(tpl.id);
        return (
          <Card key={tpl.id} component="section" aria-labelledby={`tpl-${tpl.id}`} data-testid={`template-${tpl.id}`}>
            <CardContent sx={{ p: 3 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
                <Typography id={`tpl-${tpl.id}`} variant="h2">
                  {tpl.label}
                </Typography>
                <Chip size="small" label={standard ? (edited ? t.edited : t.standard) : t.own} color={edited ? 'warning' : 'default'} />
              </Box>
              <Typography variant="subtitle2">{t.textNb}</Typography>
              <Typography sx={{ mb: 1.5, whiteSpace: 'pre-wrap' }}>{tpl.text.nb}</Typography>
              <Typography variant="subtitle2">{t.textNn}</Typography>
              <Typography sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>{tpl.text.nn}</Typography>
              <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Button variant="outlined" onClick={() => open(tpl)} disabled={busy} aria-label={t.editTitle(tpl.label)}>
                  {t.edit}
                </Button>
                {edited ? (
                  <Button onClick={() => void reset(tpl)} disabled={busy}>
                    {t.reset}
                  </Button>
                ) : null}
                {!standard ? (
                  <Button color="error" onClick={() => void reset(tpl)} disabled={busy}>
                    {t.delete}
                  </Button>
                ) : null}
              </Stack>
            </CardContent>
          </Card>
        );
      })}
      {draft ? (
        <Dialog open onClose={busy ? undefined : () => setDraft(null)} fullWidth maxWidth="md" aria-labelledby="tpl-dialog-title">
          <DialogTitle id="tpl-dialog-title">{draft.isNew ? t.addTitle : t.editTitle(draft.label)}</DialogTitle>
          <DialogContent>
            <Stack spacing={2.5} sx={{ pt: 1 }}>
              <TextField
                label={t.label}
                value={draft.label}
                onChange={(e) => setDraft({ ...draft, label: e.target.value })}
                error={Boolean(errors.label)}
                helperText={errors.label}
                required
              />
              <TextField
                label={t.textNb}
                value={draft.nb}
                onChange={(e) => setDraft({ ...draft, nb: e.target.value })}
                error={Boolean(errors.nb)}
                helperText={errors.nb}
                multiline
                minRows={4}
                required
              />
              <TextField
                label={t.textNn}
                value={draft.nn}
                onChange={(e) => setDraft({ ...draft, nn: e.target.value })}
                error={Boolean(errors.nn)}
                helperText={errors.nn}
                multiline
                minRows={4}
                required
              />
              {errors[''] ? <Alert severity="error">{errors['']}</Alert> : null}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDraft(null)} disabled={busy}>
              {t.cancel}
            </Button>
            <Button variant="contained" onClick={() => void save()} disabled={busy}>
              {t.saveTemplate}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </Stack>
  );
}
