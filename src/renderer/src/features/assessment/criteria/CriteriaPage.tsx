// Kriterier og skala for one call: each criterion's label, help text, weight and whom it applies to;
// the score scale with its end labels; whether assessors see each other's scores first; and who
// assesses. Saved as one change (logged); locked once the call is decided.
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { getDb } from '@renderer/data/db';
import type { CallAssessmentSetup, CriterionAppliesTo } from '@renderer/domain/assessment';
import { assessmentSetupOf, defaultAssessmentSetup } from '@renderer/domain/assessment/default-criteria';
import { areCallRulesEditable } from '@renderer/domain/workflow';
import type { Call } from '@renderer/domain/call';
import { LeaveGuard } from '@renderer/components/form/LeaveGuard';
import { SavedMessage } from '@renderer/components/form/SavedNotice';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { areaPaths } from '@renderer/components/area-paths';
import { updateAssessmentSetup } from '@renderer/services/assessment/setup';
import { listPeople, type Person } from '@renderer/services/assessment/people';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { appText } from '@renderer/i18n/app';
import { APPLIES_TO_TEXT, ROLE_TEXT, criteriaText as t } from '@renderer/i18n/assessment';

/** Form state: numbers as typed, so a half-typed "1," is not lost. */
interface CriterionDraft {
  id: string;
  label: string;
  help: string;
  weight: string;
  appliesTo: CriterionAppliesTo;
}
interface Draft {
  criteria: CriterionDraft[];
  min: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  showOthersBeforeScoring: boolean;
  assessorIds: string[] | null;
}

function toDraft(setup: CallAssessmentSetup): Draft {
  return {
    criteria: setup.criteria.map((c) => ({ ...c, help: c.help ?? '', weight: String(c.weight).replace('.', ',') })),
    min: String(setup.scale.min),
    max: String(setup.scale.max),
    minLabel: setup.scale.minLabel,
    maxLabel: setup.scale.maxLabel,
    showOthersBeforeScoring: setup.showOthersBeforeScoring,
    assessorIds: setup.assessorIds ?? null,
  };
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

function fromDraft(d: Draft): CallAssessmentSetup {
  const setup: CallAssessmentSetup = {
    criteria: d.criteria.map((c) => ({
      id: c.id,
      label: c.label,
      ...(c.help.trim() ? { help: c.help } : {}),
      weight: number(c.weight),
      appliesTo: c.appliesTo,
    })),
    scale: { min: number(d.min), max: number(d.max), minLabel: d.minLabel, maxLabel: d.maxLabel },
    showOthersBeforeScoring: d.showOthersBeforeScoring,
  };
  if (d.assessorIds) setup.assessorIds = d.assessorIds;
  return setup;
}

function CriteriaForm({ call, people }: { call: Call; people: Person[] }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(assessmentSetupOf(call)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // What was last saved, to tell whether leaving the page would lose anything.
  const [savedDraft, setSavedDraft] = useState(() => JSON.stringify(draft));
  const dirty = JSON.stringify(draft) !== savedDraft;
  const { formRef, focusError } = useFocusFirstError<HTMLFormElement>();
  const locked = !areCallRulesEditable(call.status);

  const setCriterion = (i: number, patch: Partial<CriterionDraft>) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  async function save() {
    setSaving(true);
    setStatus(null);
    setErrors({});
    try {
      await updateAssessmentSetup(defaultContext(), call.id, fromDraft(draft));
      setSavedDraft(JSON.stringify(draft));
      setStatus({ severity: 'success', text: t.saved });
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(error.fieldErrors);
        setStatus({ severity: 'error', text: error.message });
      } else {
        console.error(error);
        setStatus({ severity: 'error', text: t.saveFailed });
      }
      focusError();
    } finally {
      setSaving(false);
    }
  }

  const err = (path: string) => errors[path];
  return (
    <Stack ref={formRef} spacing={3} component="form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <LeaveGuard when={dirty && !saving} />
      {locked ? <Alert severity="info">{t.locked}</Alert> : null}
      <Paper component="section" variant="outlined" aria-labelledby="criteria-title" sx={{ p: 2.5 }}>
        <Typography id="criteria-title" variant="h2" sx={{ mb: 0.5 }}>
          {t.criteria}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t.weightNote}
        </Typography>
        {err('criteria') ? <Alert severity="error" sx={{ mb: 2 }}>{err('criteria')}</Alert> : null}
        <Stack component="ol" spacing={2} sx={{ p: 0, m: 0, listStyle: 'none' }}>
          {draft.criteria.map((c, i) => (
            <Box component="li" key={c.id} sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '1fr 90px 260px 40px' }, gap: 1.5, alignItems: 'start', pb: 2, borderBottom: 1, borderColor: 'divider' }}>
              <TextField size="small" label={t.label} value={c.label} disabled={locked} onChange={(e) => setCriterion(i, { label: e.target.value })} error={Boolean(err(`criteria.${i}.label`))} helperText={err(`criteria.${i}.label`)} />
              <TextField size="small" label={t.weight} value={c.weight} disabled={locked} inputMode="decimal" onChange={(e) => setCriterion(i, { weight: e.target.value })} error={Boolean(err(`criteria.${i}.weight`))} helperText={err(`criteria.${i}.weight`)} slotProps={{ htmlInput: { 'aria-label': `${t.weight}: ${c.label}` } }} />
              <TextField size="small" select label={t.appliesTo} value={c.appliesTo} disabled={locked} onChange={(e) => setCriterion(i, { appliesTo: e.target.value as CriterionAppliesTo })}>
                {(['alle', 'mottak'] as const).map((v) => (
                  <MenuItem key={v} value={v}>
                    {APPLIES_TO_TEXT[v]}
                  </MenuItem>
                ))}
              </TextField>
              <IconButton aria-label={t.removeFor(c.label || t.newLabel)} disabled={locked} onClick={() => setDraft((d) => ({ ...d, criteria: d.criteria.filter((_, j) => j !== i) }))}>
                <DeleteIcon />
              </IconButton>
              <TextField size="small" label={t.help} value={c.help} disabled={locked} multiline maxRows={3} onChange={(e) => setCriterion(i, { help: e.target.value })} error={Boolean(err(`criteria.${i}.help`))} helperText={err(`criteria.${i}.help`)} sx={{ gridColumn: { md: '1 / 4' } }} />
            </Box>
          ))}
        </Stack>
        <Stack direction="row" spacing={1.5} sx={{ mt: 2 }}>
          <Button startIcon={<AddIcon />} variant="outlined" disabled={locked} onClick={() => setDraft((d) => ({ ...d, criteria: [...d.criteria, { id: `egen_${Date.now().toString(36)}`, label: t.newLabel, help: '', weight: '1', appliesTo: 'alle' }] }))}>
            {t.add}
          </Button>
          <Button disabled={locked} onClick={() => setDraft((d) => ({ ...toDraft(defaultAssessmentSetup()), assessorIds: d.assessorIds, showOthersBeforeScoring: d.showOthersBeforeScoring }))}>
            {t.reset}
          </Button>
        </Stack>
      </Paper>

      <Paper component="section" variant="outlined" aria-labelledby="scale-title" sx={{ p: 2.5 }}>
        <Typography id="scale-title" variant="h2" sx={{ mb: 2 }}>
          {t.scale}
        </Typography>
        {err('scale') ? <Alert severity="error" sx={{ mb: 2 }}>{err('scale')}</Alert> : null}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '140px 1fr 140px 1fr' }, gap: 1.5 }}>
          <TextField size="small" label={t.scaleMin} value={draft.min} disabled={locked} inputMode="numeric" onChange={(e) => setDraft({ ...draft, min: e.target.value })} error={Boolean(err('scale.min'))} helperText={err('scale.min')} />
          <TextField size="small" label={t.scaleMinLabel} value={draft.minLabel} disabled={locked} onChange={(e) => setDraft({ ...draft, minLabel: e.target.value })} error={Boolean(err('scale.minLabel'))} helperText={err('scale.minLabel')} />
          <TextField size="small" label={t.scaleMax} value={draft.max} disabled={locked} inputMode="numeric" onChange={(e) => setDraft({ ...draft, max: e.target.value })} error={Boolean(err('scale.max'))} helperText={err('scale.max')} />
          <TextField size="small" label={t.scaleMaxLabel} value={draft.maxLabel} disabled={locked} onChange={(e) => setDraft({ ...draft, maxLabel: e.target.value })} error={Boolean(err('scale.maxLabel'))} helperText={err('scale.maxLabel')} />
        </Box>
      </Paper>

      <Paper component="section" variant="outlined" aria-labelledby="visibility-title" sx={{ p: 2.5 }}>
        <Typography id="visibility-title" variant="h2" sx={{ mb: 1 }}>
          {t.visibility}
        </Typography>
        <FormControlLabel
          control={<Checkbox checked={draft.showOthersBeforeScoring} disabled={locked} onChange={(e) => setDraft({ ...draft, showOthersBeforeScoring: e.target.checked })} slotProps={{ input: { 'aria-describedby': 'show-others-help' } }} />}
          label={t.showOthers}
        />
        <FormHelperText id="show-others-help">{t.showOthersHelp}</FormHelperText>
      </Paper>

      <Paper component="section" variant="outlined" aria-labelledby="assessors-title" sx={{ p: 2.5 }}>
        <Typography id="assessors-title" variant="h2" sx={{ mb: 1 }}>
          {t.assessors}
        </Typography>
        {people.length === 0 ? (
          <Alert severity="info">{t.noPeople}</Alert>
        ) : (
          <>
            <RadioGroup
              aria-labelledby="assessors-title"
              value={draft.assessorIds ? 'chosen' : 'all'}
              onChange={(e) => setDraft({ ...draft, assessorIds: e.target.value === 'all' ? null : people.filter((p) => p.active).map((p) => p.id) })}
            >
              <FormControlLabel value="all" control={<Radio />} label={t.assessorsAll} disabled={locked} />
              <FormControlLabel value="chosen" control={<Radio />} label={t.assessorsChosen} disabled={locked} />
            </RadioGroup>
            {draft.assessorIds ? (
              <Stack sx={{ pl: 4 }}>
                {people.filter((p) => p.active).map((p) => (
                  <FormControlLabel
                    key={p.id}
                    label={`${p.name} (${ROLE_TEXT[p.role].toLocaleLowerCase('nb')})`}
                    disabled={locked}
                    control={
                      <Checkbox
                        checked={draft.assessorIds!.includes(p.id)}
                        onChange={(e) =>
                          setDraft({ ...draft, assessorIds: e.target.checked ? [...draft.assessorIds!, p.id] : draft.assessorIds!.filter((id) => id !== p.id) })
                        }
                      />
                    }
                  />
                ))}
              </Stack>
            ) : null}
          </>
        )}
      </Paper>

      {status?.severity === 'error' ? (
        <Alert severity="error" role="alert" {...formErrorProps(true)}>
          {status.text}
        </Alert>
      ) : null}
      <SavedMessage message={status?.severity === 'success' ? status.text : undefined} onClose={() => setStatus(null)} />
      <Box>
        <Button type="submit" variant="contained" disabled={locked || saving}>
          {saving ? t.saving : t.save}
        </Button>
      </Box>
    </Stack>
  );
}

export default function CriteriaPage() {
  const { callId = '' } = useParams();
  const data = useLiveQuery(async () => {
    const db = getDb();
    const call = await db.calls.get(callId);
    return { call: call ?? null, people: await listPeople(db) };
  }, [callId]);
  if (!data) return <CenteredProgress label={appText.loading} />;
  const back = (
    <Link component={RouterLink} to={`${areaPaths.assessment}?utlysning=${encodeURIComponent(callId)}`} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 2 }}>
      <ArrowBackIcon fontSize="small" aria-hidden="true" />
      {t.back}
    </Link>
  );
  if (!data.call) {
    return (
      <PageLayout title={t.title('')}>
        {back}
        <Alert severity="warning">{t.notFound}</Alert>
      </PageLayout>
    );
  }
  return (
    <Box sx={{ maxWidth: 1200 }}>
      {back}
      <PageLayout title={t.title(data.call.title)} lead={t.lead}>
        <Box sx={{ maxWidth: 1200 }}>
          {/* Keyed by call: a new call gets a fresh draft. */}
          <CriteriaForm key={data.call.id} call={data.call} people={data.people} />
        </Box>
      </PageLayout>
    </Box>
  );
}
