// The call form, for a new call and for editing one. Saving goes through `onSave` (a service
// call); its field errors land at the fields, anything else above the buttons.
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { defaultCallRules, type Call } from '@renderer/domain/call';
import { SUB_GOALS } from '@renderer/domain/call-budget';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { ChangedElsewhereNotice } from '@renderer/components/form/ChangedElsewhereNotice';
import { useReadVersion } from '@renderer/components/form/use-read-version';
import { CALL_FIELD_NAMES } from '@renderer/i18n/stale-write';
import { DateField } from '@renderer/components/form/DateField';
import { FormSection } from '@renderer/components/form/FormSection';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { IntegerField } from '@renderer/components/form/IntegerField';
import { MoneyField } from '@renderer/components/form/MoneyField';
import { SelectField } from '@renderer/components/form/SelectField';
import { UnsavedChangesGuard } from '@renderer/components/form/UnsavedChangesGuard';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { callsText } from '@renderer/i18n/calls';
import { formText } from '@renderer/i18n/form';
import { CALL_FORM_FIELDS, CallFormSchema, type CallFormValues } from './call-form-schema';
import { CallRulesFields } from './CallRulesFields';
import { SUB_GOAL_NAMES, subGoalShort } from '@renderer/domain/vocabulary';
import { callToFormValues } from './call-form-values';
import { SaveProgress } from '@renderer/components/SaveProgress';
import { WriteCancelledError } from '@renderer/services/cancel-write';

/** How long a save runs before the form says what it is doing and offers to cancel it. */
const SLOW_SAVE_MS = 400;

interface CallFormProps {
  defaultValues: DefaultValues<CallFormValues>;
  /** The stored call when editing (kept live), so a save made elsewhere meanwhile is noticed. */
  record?: Call;
  /** `signal` fires when the officer cancels a save that says it takes a while (`longSaveNote`). */
  onSave: (values: CallFormValues, readRow: Call | undefined, signal: AbortSignal) => Promise<Call>;
  /**
   * What a save of `values` does that can take a while (re-screening a big call), said while it
   * runs, with a button that cancels it; undefined for a quick save.
   */
  longSaveNote?: (values: CallFormValues) => string | undefined;
  onSaved: (call: Call) => void;
  submitLabel: string;
  cancelTo: string;
  rulesLocked?: boolean;
}

const subGoalOptions = SUB_GOALS.map((goal) => ({
  value: goal,
  label: `${subGoalShort(goal)}: ${SUB_GOAL_NAMES[goal]}`,
}));

export function CallForm({ defaultValues, record, onSave, longSaveNote, onSaved, submitLabel, cancelTo, rulesLocked = false }: CallFormProps) {
  const form = useForm<CallFormValues>({ resolver: zodResolver(CallFormSchema), defaultValues });
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    getFieldState,
    formState: { errors, isSubmitting },
  } = form;
  const version = useReadVersion(record, form, callToFormValues);

  // The report due date follows the year (1 February after) until the officer sets it by hand.
  const year = useWatch({ control, name: 'year' });
  useEffect(() => {
    if (rulesLocked || !Number.isInteger(year) || getFieldState('rules.reportDueDate').isDirty) return;
    setValue('rules.reportDueDate', defaultCallRules(year).reportDueDate);
  }, [year, rulesLocked, getFieldState, setValue]);

  const { formRef, focusError } = useFocusFirstError();
  const [saving, setSaving] = useState<{ note: string; controller: AbortController }>();
  const [cancelled, setCancelled] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  // The cancel button is gone once cancelled: focus goes to where the officer can save again (once
  // the form is no longer submitting, as a disabled button takes no focus).
  useEffect(() => {
    if (cancelled && !isSubmitting) saveButton.current?.focus();
  }, [cancelled, isSubmitting]);
  const onSubmit = handleSubmit(async (values) => {
    const controller = new AbortController();
    const note = longSaveNote?.(values);
    setCancelled(false);
    // Said only when the save has taken a moment: a quick one would flash a bar and a button.
    const slow = note ? setTimeout(() => setSaving({ note, controller }), SLOW_SAVE_MS) : undefined;
    try {
      onSaved(await onSave(values, version.readRow, controller.signal));
    } catch (error) {
      if (error instanceof WriteCancelledError) setCancelled(true);
      else {
        applyServiceErrors(error, CALL_FORM_FIELDS, setError, callsText.saveFailed);
        focusError();
      }
    } finally {
      clearTimeout(slow);
      setSaving(undefined);
    }
  }, focusError);

  return (
    <Card>
      <CardContent sx={{ p: { xs: 2, sm: 4 } }}>
        <Box component="form" ref={formRef} noValidate onSubmit={onSubmit} aria-label={submitLabel}>
          <UnsavedChangesGuard control={control} />
          <ChangedElsewhereNotice
            subject="calls"
            changedFields={version.changedElsewhere}
            fieldLabel={(field) => CALL_FIELD_NAMES[field]}
            onTakeChanges={version.takeChanges}
          />
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {formText.requiredNote}
          </Typography>
          <FormSection title={callsText.sectionCall}>
            <IntegerField control={control} name="year" label={callsText.year} help={callsText.yearHelp} required />
            <DateField control={control} name="deadline" label={callsText.deadline} required />
            <Box sx={{ gridColumn: '1 / -1' }}>
              <FormTextField control={control} name="title" label={callsText.title} help={callsText.titleHelp} required />
            </Box>
            <FormTextField
              control={control}
              name="archiveCaseNumber"
              label={callsText.archiveCaseNumber}
              help={callsText.archiveCaseNumberHelp}
            />
          </FormSection>

          <FormSection title={callsText.sectionBudget}>
            <MoneyField
              control={control}
              name="budgetFrameOre"
              label={callsText.budgetFrame}
              help={callsText.budgetFrameHelp}
              required
            />
            <SelectField
              control={control}
              name="prioritisedSubGoal"
              label={callsText.prioritised}
              help={callsText.prioritisedHelp}
              options={subGoalOptions}
              emptyLabel={callsText.noPriority}
            />
            <Box component="fieldset" sx={{ gridColumn: '1 / -1', border: 0, p: 0, m: 0, minWidth: 0 }}>
              <Typography component="legend" variant="h3" sx={{ mb: 1.5 }}>
                {callsText.subGoalFramesLegend}
              </Typography>
              <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
                {SUB_GOALS.map((goal) => (
                  <MoneyField
                    key={goal}
                    control={control}
                    name={`subGoalFramesOre.${goal}`}
                    label={subGoalShort(goal)}
                    help={SUB_GOAL_NAMES[goal]}
                  />
                ))}
              </Box>
              <FormHelperText
                error={Boolean(errors.subGoalFramesOre?.message)}
                sx={{ fontSize: '0.875rem' }}
                {...formErrorProps(Boolean(errors.subGoalFramesOre?.message))}
              >
                {errors.subGoalFramesOre?.message ?? callsText.subGoalFramesHelp}
              </FormHelperText>
            </Box>
          </FormSection>

          <CallRulesFields control={control} locked={rulesLocked} />

          {errors.root ? (
            <Alert severity="error" sx={{ mb: 3 }} {...formErrorProps(true)}>
              {errors.root.message}
            </Alert>
          ) : null}
          {cancelled ? (
            <Alert severity="info" sx={{ mb: 3 }}>
              {callsText.saveCancelled}
            </Alert>
          ) : null}
          {saving ? <SaveProgress id="call-save-status" text={saving.note} /> : null}
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: saving ? 3 : 0 }}>
            <Button ref={saveButton} type="submit" variant="contained" size="large" disabled={isSubmitting}>
              {isSubmitting ? callsText.saving : submitLabel}
            </Button>
            {saving ? (
              <Button variant="outlined" size="large" onClick={() => saving.controller.abort()}>
                {callsText.cancelSave}
              </Button>
            ) : (
              <Button component={RouterLink} to={cancelTo} size="large">
                {formText.cancel}
              </Button>
            )}
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
