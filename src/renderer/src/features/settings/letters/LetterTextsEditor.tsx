// Standardtekster i brev: every editable text of the decision letters, in the order they stand in
// the letter, for one written language at a time. Checked with the domain schema before anything is
// saved (all or nothing); each text can go back to its standard wording.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { get, useForm, type FieldErrors } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { LeaveGuard } from '@renderer/components/form/LeaveGuard';
import { getDb } from '@renderer/data/db';
import { effectiveLetterhead } from '@renderer/domain/decisions/letterhead';
import {
  editableLetterTexts,
  editsFailingChecks,
  editsOf,
  effectiveLetterTexts,
  standardLetterText,
} from '@renderer/domain/letter-texts/effective';
import {
  GRANT_ONLY_SECTIONS,
  LETTER_SECTIONS,
  LETTER_TEXT_FIELDS,
  LETTER_TEXT_PATHS,
  type LetterSectionId,
  type LetterTextField,
} from '@renderer/domain/letter-texts/fields';
import type { LanguageTexts } from '@renderer/domain/letter-texts/schema';
import type { Municipality } from '@renderer/domain/municipality';
import { SETTINGS_ID, type AppSettings, type LetterLanguage } from '@renderer/domain/settings';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { resetLetterText, resetLetterTexts, saveLetterTexts } from '@renderer/services/letter-texts';
import { appText } from '@renderer/i18n/app';
import { letterTextsText as t } from '@renderer/i18n/letter-texts';
import { ConfirmDialog } from './ConfirmDialog';
import { FixedLetterTexts } from './FixedLetterTexts';
import { LetterTextInput } from './LetterTextInput';
import { fromFormValues, toFormValues, type LetterTextsFormValues } from './letter-texts-form';
import { letterTextsResolver } from './letter-texts-form';
import { SampleLetterPreview } from './SampleLetterPreview';

type Notice = { ok: boolean; text: string };

function errorCount(errors: FieldErrors): number {
  return LETTER_TEXT_PATHS.filter((p) => get(errors, p)).length;
}

export function LetterTextsEditor() {
  const state = useLiveQuery(async () => {
    const db = getDb();
    const settings = await db.settings.get(SETTINGS_ID);
    const municipality = settings ? await db.municipalities.get(settings.municipalityId) : undefined;
    return { settings, municipality };
  }, []);
  if (!state?.settings) return <CenteredProgress label={appText.loading} />;
  return <LetterTextsForm settings={state.settings} municipality={state.municipality} />;
}

function LetterTextsForm({ settings, municipality }: { settings: AppSettings; municipality: Municipality | undefined }) {
  const overrides = settings.letterTexts;
  const [language, setLanguage] = useState<LetterLanguage>(settings.letterLanguage);
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<{ kind: 'switch'; to: LetterLanguage } | { kind: 'resetAll' } | null>(null);
  const {
    control,
    handleSubmit,
    reset,
    resetField,
    setError,
    setFocus,
    trigger,
    getValues,
    formState: { isDirty, isSubmitting },
  } = useForm<LetterTextsFormValues, unknown, LanguageTexts>({
    resolver: letterTextsResolver,
    defaultValues: toFormValues(editableLetterTexts(language, overrides)),
  });
  const edits = overrides?.[language] ?? {};
  const editedCount = Object.keys(edits).length;
  // Texts saved before a rule was added: letters use the standard until they are fixed, and their
  // fields show what is wrong from the start.
  const failing = useMemo(() => editsFailingChecks(language, overrides), [language, overrides]);
  useEffect(() => {
    if (failing.length > 0) void trigger(failing);
  }, [failing, trigger]);
  const disabled = busy || isSubmitting;
  const kommune = municipality ?? { name: settings.municipalityId, email: '', phone: '' };

  const showLanguage = (next: LetterLanguage) => {
    setLanguage(next);
    reset(toFormValues(editableLetterTexts(next, overrides)));
    setNotice(undefined);
  };
  const chooseLanguage = (next: LetterLanguage | null) => {
    if (!next || next === language) return;
    if (isDirty) setConfirm({ kind: 'switch', to: next });
    else showLanguage(next);
  };

  const onSubmit = handleSubmit(
    async (texts) => {
      setNotice(undefined);
      try {
        const after = await saveLetterTexts(defaultContext(), language, texts);
        reset(toFormValues(editableLetterTexts(language, after.letterTexts)));
        setNotice({ ok: true, text: t.saved(language) });
      } catch (error) {
        if (error instanceof ValidationError) {
          for (const issue of error.issues) setError(issue.path, { type: 'server', message: issue.message });
          setNotice({ ok: false, text: t.fixErrors(error.issues.length) });
        } else {
          console.error(error);
          setNotice({ ok: false, text: t.saveFailed });
        }
      }
    },
    (errors) => setNotice({ ok: false, text: t.fixErrors(errorCount(errors)) }),
  );

  const resetOne = async (field: LetterTextField) => {
    setBusy(true);
    setNotice(undefined);
    try {
      if (field.path in edits) await resetLetterText(defaultContext(), language, field.path);
      resetField(field.path, { defaultValue: standardLetterText(language, field.path as keyof LanguageTexts) });
      setNotice({ ok: true, text: t.textReset(field.label) });
    } catch (error) {
      console.error(error);
      setNotice({ ok: false, text: t.resetFailed });
    } finally {
      setBusy(false);
    }
    // The reset button is gone now; keep the keyboard where the officer was.
    setFocus(field.path);
  };

  const resetAll = async () => {
    setConfirm(null);
    setBusy(true);
    setNotice(undefined);
    try {
      await resetLetterTexts(defaultContext(), language);
      reset(toFormValues(editableLetterTexts(language, undefined)));
      setNotice({ ok: true, text: t.allReset(language) });
    } catch (error) {
      console.error(error);
      setNotice({ ok: false, text: t.resetFailed });
    } finally {
      setBusy(false);
    }
  };

  const previewTexts = async () => {
    if (!(await trigger(undefined, { shouldFocus: true }))) return null;
    return effectiveLetterTexts(language, { [language]: editsOf(language, fromFormValues(getValues())) });
  };

  const sectionFields = (section: LetterSectionId) => LETTER_TEXT_FIELDS.filter((f) => f.section === section);

  return (
    <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t.title}>
      {failing.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {t.failingStored(failing.length, language)}
        </Alert>
      ) : null}
      <Card sx={{ mb: 3 }}>
        <CardContent sx={{ p: 3, display: 'flex', gap: 4, flexWrap: 'wrap', justifyContent: 'space-between' }}>
          <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
            <Typography variant="h3" component="h2" id="letter-texts-language" sx={{ mb: 1 }}>
              {t.languageLabel}
            </Typography>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={language}
              onChange={(_e, next: LetterLanguage | null) => chooseLanguage(next)}
              aria-labelledby="letter-texts-language"
              disabled={disabled}
            >
              {(['nb', 'nn'] as const).map((l) => (
                <ToggleButton key={l} value={l} sx={{ px: 2.5 }}>
                  {t.language[l]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
              {t.languageHelp(settings.letterLanguage)}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1.5 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="letter-texts-edited-count">
                {t.editedCount(editedCount, language)}
              </Typography>
              {editedCount > 0 ? (
                <Button size="small" color="error" onClick={() => setConfirm({ kind: 'resetAll' })} disabled={disabled}>
                  {t.resetAll(language)}
                </Button>
              ) : null}
            </Box>
          </Box>
          <Box sx={{ flex: '1 1 300px', minWidth: 0 }}>
            <SampleLetterPreview
              language={language}
              letterhead={effectiveLetterhead(settings.letterhead, kommune, settings.officerName)}
              municipalityName={kommune.name}
              texts={previewTexts}
            />
          </Box>
        </CardContent>
      </Card>

      <Stack spacing={3}>
        {LETTER_SECTIONS.map((section) => (
          <Card key={section} component="section" aria-labelledby={`letter-section-${section}`}>
            <CardContent sx={{ p: 3, pb: 1 }}>
              <Typography id={`letter-section-${section}`} variant="h2">
                {t.sections[section]}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {GRANT_ONLY_SECTIONS.includes(section) ? t.inGrantLetters : t.inEveryLetter}
              </Typography>
              {sectionFields(section).map((field, i) => (
                <Box key={field.path}>
                  {i > 0 ? <Divider /> : null}
                  <LetterTextInput
                    control={control}
                    field={field}
                    language={language}
                    standard={standardLetterText(language, field.path)}
                    edited={field.path in edits}
                    disabled={disabled}
                    onReset={(f) => void resetOne(f)}
                  />
                  {field.path.endsWith('.before') ? <FixedLetterTexts section={section} language={language} /> : null}
                </Box>
              ))}
              {section === 'opening' ? <FixedLetterTexts section={section} language={language} /> : null}
            </CardContent>
          </Card>
        ))}
      </Stack>

      <Box
        sx={{
          position: 'sticky',
          bottom: 0,
          zIndex: 2,
          mt: 3,
          py: 2,
          px: 3,
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          boxShadow: '0 -4px 12px rgba(28, 35, 41, 0.08)',
          display: 'flex',
          alignItems: 'center',
          gap: 2,
          flexWrap: 'wrap',
        }}
      >
        <Button type="submit" variant="contained" disabled={disabled || !isDirty}>
          {isSubmitting ? t.saving : t.save}
        </Button>
        <Box role="status" sx={{ flex: '1 1 240px' }}>
          {notice ? (
            <Alert severity={notice.ok ? 'success' : 'error'} sx={{ py: 0 }}>
              {notice.text}
            </Alert>
          ) : null}
        </Box>
      </Box>

      {confirm?.kind === 'switch' ? (
        <ConfirmDialog
          title={t.switchTitle}
          body={t.switchBody}
          confirm={t.switchConfirm}
          cancel={t.stay}
          onConfirm={() => {
            showLanguage(confirm.to);
            setConfirm(null);
          }}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
      {/* Leaving the page with unsaved edits asks first, like switching language does. */}
      <LeaveGuard when={isDirty} />
      {confirm?.kind === 'resetAll' ? (
        <ConfirmDialog
          title={t.resetAllTitle}
          body={t.resetAllBody(language)}
          confirm={t.resetAllConfirm}
          cancel={t.cancel}
          onConfirm={() => void resetAll()}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
    </Box>
  );
}
