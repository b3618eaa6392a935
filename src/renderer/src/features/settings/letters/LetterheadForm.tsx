// Brevmal: who the decision letters are from, the footer, the case officer, the signatories and a
// logo. Checked with LetterheadSchema before anything is saved; errors stand at their fields.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  LOGO_MAX_KB,
  LetterheadSchema,
  effectiveLetterhead,
  logoFromFile,
  type Letterhead,
} from '@renderer/domain/decisions/letterhead';
import type { Municipality } from '@renderer/domain/municipality';
import type { AppSettings } from '@renderer/domain/settings';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { saveLetterhead } from '@renderer/services/letter-settings';
import { letterSettingsText as t } from '@renderer/i18n/letter-settings';

const FIELDS = [
  'municipalityName',
  'unitName',
  'addressLines',
  'visitingAddress',
  'phone',
  'email',
  'orgnr',
  'web',
  'caseOfficerName',
  'caseOfficerPhone',
  'caseOfficerEmail',
  'signatory1Name',
  'signatory1Title',
  'signatory1TitleNn',
  'signatory2Name',
  'signatory2Title',
  'signatory2TitleNn',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Errors = Partial<Record<Field | 'logo', string>>;

function toValues(l: Letterhead): Values {
  const [s1, s2] = l.signatories;
  return {
    municipalityName: l.municipalityName,
    unitName: l.unitName ?? '',
    addressLines: l.addressLines.join('\n'),
    visitingAddress: l.visitingAddress ?? '',
    phone: l.phone ?? '',
    email: l.email ?? '',
    orgnr: l.orgnr ?? '',
    web: l.web ?? '',
    caseOfficerName: l.caseOfficer.name,
    caseOfficerPhone: l.caseOfficer.phone ?? '',
    caseOfficerEmail: l.caseOfficer.email ?? '',
    signatory1Name: s1?.name ?? '',
    signatory1Title: s1?.title ?? '',
    signatory1TitleNn: s1?.titleNn ?? '',
    signatory2Name: s2?.name ?? '',
    signatory2Title: s2?.title ?? '',
    signatory2TitleNn: s2?.titleNn ?? '',
  };
}

/** Empty fields are left out, so optional e-mail fields are not checked when blank. */
function toCandidate(v: Values, logo: string | undefined): unknown {
  const opt = (s: string) => s.trim() || undefined;
  const second = v.signatory2Name.trim() || v.signatory2Title.trim() || v.signatory2TitleNn.trim();
  return {
    municipalityName: v.municipalityName,
    unitName: opt(v.unitName),
    addressLines: v.addressLines.split('\n').map((s) => s.trim()).filter(Boolean),
    visitingAddress: opt(v.visitingAddress),
    phone: opt(v.phone),
    email: opt(v.email),
    orgnr: opt(v.orgnr),
    web: opt(v.web),
    caseOfficer: { name: v.caseOfficerName, phone: opt(v.caseOfficerPhone), email: opt(v.caseOfficerEmail) },
    signatories: [
      { name: v.signatory1Name, title: opt(v.signatory1Title), titleNn: opt(v.signatory1TitleNn) },
      ...(second ? [{ name: v.signatory2Name, title: opt(v.signatory2Title), titleNn: opt(v.signatory2TitleNn) }] : []),
    ],
    logoDataUrl: logo,
  };
}

/** Schema path (e.g. "caseOfficer.email", "signatories.1.name") to the form field that shows it. */
function fieldOf(path: string): Field | 'logo' | undefined {
  const p = path.replace(/^letterhead\.?/, '');
  if (p.startsWith('addressLines')) return 'addressLines';
  if (p === 'logoDataUrl') return 'logo';
  const officer = /^caseOfficer\.(name|phone|email)$/.exec(p);
  if (officer) return `caseOfficer${officer[1]![0]!.toUpperCase()}${officer[1]!.slice(1)}` as Field;
  const signatory = /^signatories(?:\.(\d)\.(name|title|titleNn))?$/.exec(p);
  if (signatory) {
    const n = Number(signatory[1] ?? 0) + 1;
    const part = { title: 'Title', titleNn: 'TitleNn' }[signatory[2] ?? ''] ?? 'Name';
    return `signatory${n}${part}` as Field;
  }
  return (FIELDS as readonly string[]).includes(p) ? (p as Field) : undefined;
}

function errorsFrom(issues: ReadonlyArray<{ path: string; message: string }>): { errors: Errors; general?: string } {
  const errors: Errors = {};
  let general: string | undefined;
  for (const { path, message } of issues) {
    const field = fieldOf(path);
    if (field) errors[field] ??= message;
    else general ??= message;
  }
  return { errors, general };
}

interface Props {
  settings: AppSettings;
  municipality: Pick<Municipality, 'name' | 'email' | 'phone'> | undefined;
}

export function LetterheadForm({ settings, municipality }: Props) {
  const initial = effectiveLetterhead(
    settings.letterhead,
    municipality ?? { name: settings.municipalityId, email: '', phone: '' },
    settings.officerName,
  );
  const [values, setValues] = useState<Values>(() => toValues(initial));
  const [logo, setLogo] = useState<string | undefined>(initial.logoDataUrl);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');

  const change = (field: Field) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    setErrors((er) => ({ ...er, [field]: undefined }));
    setStatus('idle');
  };

  const chooseLogo = async () => {
    const file = await getPlatform().openFile({ filters: [{ name: t.logoFilter, extensions: ['png', 'jpg', 'jpeg'] }] });
    if (!file) return;
    const result = logoFromFile(file.bytes);
    setStatus('idle');
    if (result.ok) {
      setLogo(result.dataUrl);
      setErrors((er) => ({ ...er, logo: undefined }));
    } else {
      // The earlier logo stays; the bad file is never kept.
      setErrors((er) => ({ ...er, logo: result.error }));
    }
  };

  const removeLogo = () => {
    setLogo(undefined);
    setErrors((er) => ({ ...er, logo: undefined }));
    setStatus('idle');
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setGeneral(undefined);
    const candidate = toCandidate(values, logo);
    const parsed = LetterheadSchema.safeParse(candidate, { error: norwegianErrorMap });
    if (!parsed.success) {
      const found = errorsFrom(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
      setErrors(found.errors);
      setGeneral(found.general ?? t.fixErrors);
      return;
    }
    setStatus('saving');
    try {
      const after = await saveLetterhead(defaultContext(), parsed.data);
      if (after.letterhead) setValues(toValues(after.letterhead));
      setErrors({});
      setStatus('saved');
    } catch (error) {
      setStatus('idle');
      if (error instanceof ValidationError) {
        const found = errorsFrom(error.issues);
        setErrors(found.errors);
        setGeneral(found.general ?? t.fixErrors);
      } else {
        setGeneral(t.saveFailed);
      }
    }
  };

  const field = (name: Field, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      label={label}
      value={values[name]}
      onChange={change(name)}
      error={Boolean(errors[name])}
      helperText={errors[name] ?? extra.helperText}
      disabled={status === 'saving'}
      fullWidth
      {...extra}
      slotProps={{ htmlInput: { 'data-field': name } }}
    />
  );

  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)} aria-label={t.letterheadTitle}>
      <Stack spacing={2.5}>
        <Typography variant="h2">{t.senderHeading}</Typography>
        {field('municipalityName', t.municipalityName, { required: true })}
        {field('unitName', t.unitName)}
        {field('addressLines', t.addressLines, { multiline: true, minRows: 2, helperText: t.addressHelp, required: true })}

        <Typography variant="h2">{t.footerHeading}</Typography>
        {field('visitingAddress', t.visitingAddress)}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {field('phone', t.phone)}
          {field('email', t.email, { type: 'email' })}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {field('orgnr', t.orgnr)}
          {field('web', t.web)}
        </Stack>

        <Typography variant="h2">{t.caseOfficerHeading}</Typography>
        {field('caseOfficerName', t.caseOfficerName, { required: true })}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {field('caseOfficerPhone', t.caseOfficerPhone)}
          {field('caseOfficerEmail', t.caseOfficerEmail, { type: 'email' })}
        </Stack>

        <Typography variant="h2">{t.signatoriesHeading}</Typography>
        <Typography color="text.secondary">{t.signatoriesHelp}</Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {field('signatory1Name', t.signatoryName(1), { required: true })}
          {field('signatory1Title', t.signatoryTitle(1))}
          {field('signatory1TitleNn', t.signatoryTitleNn(1))}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {field('signatory2Name', t.signatoryName(2))}
          {field('signatory2Title', t.signatoryTitle(2))}
          {field('signatory2TitleNn', t.signatoryTitleNn(2))}
        </Stack>

        <Typography variant="h2">{t.logoHeading}</Typography>
        <Typography color="text.secondary">{t.logoHelp(LOGO_MAX_KB)}</Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          {logo ? (
            <Box
              component="img"
              src={logo}
              alt={t.logoAlt}
              sx={{ maxWidth: 120, maxHeight: 80, objectFit: 'contain', border: 1, borderColor: 'divider', p: 0.5 }}
            />
          ) : (
            <Typography>{t.noLogo}</Typography>
          )}
          <Button variant="outlined" onClick={() => void chooseLogo()} disabled={status === 'saving'}>
            {t.chooseLogo}
          </Button>
          {logo ? (
            <Button onClick={removeLogo} disabled={status === 'saving'}>
              {t.removeLogo}
            </Button>
          ) : null}
        </Box>
        {errors.logo ? (
          <Alert severity="error" data-testid="logo-error">
            {errors.logo}
          </Alert>
        ) : null}

        {general ? <Alert severity="error">{general}</Alert> : null}
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={status === 'saving'}>
            {status === 'saving' ? t.saving : t.save}
          </Button>
          <Box role="status" sx={{ color: 'success.dark', fontWeight: 600 }}>
            {status === 'saved' ? t.saved : ''}
          </Box>
        </Box>
      </Stack>
    </Box>
  );
}
