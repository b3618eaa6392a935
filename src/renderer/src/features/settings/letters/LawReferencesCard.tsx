// The dated law references the letters cite (forvaltningsloven, bevilgningsreglementet,
// riksrevisjonsloven): the set in force today is shown; a new set is saved with the day it applies
// from, so letters dated before keep citing the old paragraphs.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  LAW_REFERENCE_KEYS,
  LAW_REFERENCE_LABELS,
  LawReferenceSetSchema,
  STANDARD_LAW_REFERENCES,
  formatLawReference,
  lawReferencesOn,
  type LawReferenceKey,
  type LawReferenceSet,
} from '@renderer/domain/letter-texts/law-references';
import { formatDate } from '@renderer/domain/vocabulary/format';
import type { AppSettings } from '@renderer/domain/settings';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { updateSettings } from '@renderer/services/settings';
import { lawReferencesText as t } from '@renderer/i18n/law-references';
import { todayInOslo } from '@renderer/domain/oslo-date';

type Draft = { validFrom: string; refs: Record<LawReferenceKey, { paragraph: string; ledd: string }> };

function draftOf(set: LawReferenceSet, validFrom: string): Draft {
  const refs = Object.fromEntries(
    LAW_REFERENCE_KEYS.map((k) => [k, { paragraph: set.refs[k].paragraph, ledd: set.refs[k].ledd ? String(set.refs[k].ledd) : '' }]),
  ) as Draft['refs'];
  return { validFrom, refs };
}

export function LawReferencesCard({ settings }: { settings: AppSettings }) {
  const today = todayInOslo();
  const sets = settings.lawReferences ?? [];
  const inForce = lawReferencesOn(today, sets);
  const [draft, setDraft] = useState<Draft>(() => draftOf(inForce, today));
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const setRef = (key: LawReferenceKey, part: 'paragraph' | 'ledd', value: string) =>
    setDraft((d) => ({ ...d, refs: { ...d.refs, [key]: { ...d.refs[key], [part]: value } } }));

  const save = async () => {
    setNotice(undefined);
    const candidate = {
      validFrom: draft.validFrom,
      refs: Object.fromEntries(
        LAW_REFERENCE_KEYS.map((k) => [k, { paragraph: draft.refs[k].paragraph, ...(draft.refs[k].ledd ? { ledd: Number(draft.refs[k].ledd) } : {}) }]),
      ),
    };
    const parsed = LawReferenceSetSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const next = [...sets.filter((s) => s.validFrom !== parsed.data.validFrom), parsed.data].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      await updateSettings(defaultContext(), { lawReferences: next });
      setNotice({ ok: true, text: t.saved(formatDate(parsed.data.validFrom)) });
    } catch (e) {
      setNotice({ ok: false, text: e instanceof ValidationError ? e.message : t.saveFailed });
    } finally {
      setSaving(false);
    }
  };

  const remove = async (validFrom: string) => {
    await updateSettings(defaultContext(), { lawReferences: sets.filter((s) => s.validFrom !== validFrom) });
  };

  return (
    <Card component="section" aria-labelledby="law-references-title" sx={{ mt: 3 }}>
      <CardContent sx={{ p: 3 }}>
        <Typography id="law-references-title" variant="h2">
          {t.title}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: '75ch' }}>
          {t.lead}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {inForce === STANDARD_LAW_REFERENCES ? t.standardInForce : t.inForce(formatDate(inForce.validFrom))}
        </Typography>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <TextField
            type="date"
            label={t.validFrom}
            value={draft.validFrom}
            onChange={(e) => setDraft((d) => ({ ...d, validFrom: e.target.value }))}
            error={Boolean(errors['validFrom'])}
            helperText={errors['validFrom'] ?? t.validFromHelp}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ maxWidth: 240 }}
          />
          {LAW_REFERENCE_KEYS.map((k) => (
            <Stack key={k} direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                label={t.paragraph(LAW_REFERENCE_LABELS[k])}
                value={draft.refs[k].paragraph}
                onChange={(e) => setRef(k, 'paragraph', e.target.value)}
                error={Boolean(errors[`refs.${k}.paragraph`])}
                helperText={errors[`refs.${k}.paragraph`] ?? formatLawReference(inForce.refs[k], 'nb').replace(/\u00a0/g, ' ')}
                sx={{ flex: 2 }}
              />
              <TextField
                select
                label={t.ledd(LAW_REFERENCE_LABELS[k])}
                value={draft.refs[k].ledd}
                onChange={(e) => setRef(k, 'ledd', e.target.value)}
                sx={{ flex: 1 }}
              >
                <MenuItem value="">{t.leddNone}</MenuItem>
                {[1, 2, 3, 4, 5].map((n) => (
                  <MenuItem key={n} value={String(n)}>
                    {`${n}. ledd`}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
          ))}
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="contained" onClick={() => void save()} disabled={saving}>
              {saving ? t.saving : t.save}
            </Button>
            <Box role="status">{notice ? <Alert severity={notice.ok ? 'success' : 'error'}>{notice.text}</Alert> : null}</Box>
          </Box>
          {sets.length > 0 ? (
            <Box>
              <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
                {t.sets}
              </Typography>
              {sets.map((s) => (
                <Button key={s.validFrom} size="small" color="error" onClick={() => void remove(s.validFrom)}>
                  {t.remove(formatDate(s.validFrom))}
                </Button>
              ))}
            </Box>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
}
