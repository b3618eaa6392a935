// The decision form: outcome, amount granted, reasons (with templates) and conditions. The
// service checks the rules; its messages land at the fields and nothing is saved.
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { applyServiceErrors } from '@renderer/components/apply-service-errors';
import { UnsavedChangesGuard } from '@renderer/components/form/UnsavedChangesGuard';
import { formErrorProps, useFocusFirstError } from '@renderer/components/form/focus-first-error';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { MoneyField } from '@renderer/components/form/MoneyField';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import type { Decision, DecisionOutcome } from '@renderer/domain/decision';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import { reasonText, type ReasonTemplate } from '@renderer/domain/decisions/reason-templates';
import type { ScreeningRuleResult } from '@renderer/domain/screening';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { decideApplication } from '@renderer/services/decisions';
import { defaultContext } from '@renderer/services/context';
import { decisionsText as t, outcomeHelp } from '@renderer/i18n/decisions';
import { formText } from '@renderer/i18n/form';
import { decisionFormSchema, formValuesOf, type DecisionFormValues } from './decision-form-schema';
import { ObligationsPreview } from './ObligationsPreview';
import { SubGoalSplitFields } from './SubGoalSplitFields';
import Typography from '@mui/material/Typography';
import type { ScreeningBasis } from '@renderer/domain/decisions/screening-basis';
import { proposedDismissalJustification } from '@renderer/domain/decisions/screening-gate';
import { defaultSubGoalSplit, orderedSubGoals, splitSum, type SubGoalSplit } from '@renderer/domain/decisions/sub-goal-split';
import { safetyText as s } from '@renderer/i18n/decision-safety';

function sameJsonSplit(a: SubGoalSplit, b: SubGoalSplit): boolean {
  return (['A', 'B', 'C'] as const).every((g) => a[g] === b[g]) && splitSum(a) === splitSum(b);
}
import { ReasonTemplateMenu } from './ReasonTemplateMenu';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

const OUTCOMES: readonly DecisionOutcome[] = ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'];
const FIELDS = ['outcome', 'amountGrantedOre', 'justification', 'justificationNn', 'conditions', 'subGoalSplitOre'] as const;

interface Props {
  application: Pick<Application, 'id' | 'amountAppliedOre' | 'subGoals'>;
  call: Pick<Call, 'year' | 'rules' | 'budgetFrameOre'>;
  screeningResults: readonly ScreeningRuleResult[];
  /** The screening as the decision may rely on it: a grant waits for failed rules' overrides. */
  basis: ScreeningBasis;
  /** The decision the form starts from: the one being edited, or the locked one being replaced. */
  start: Decision | undefined;
  language: LetterLanguage;
  onSaved: (decision: Decision) => void;
  onCancel?: () => void;
}

export function DecisionForm({ application, call, screeningResults, basis, start, language, onSaved, onCancel }: Props) {
  const { control, handleSubmit, setError, clearErrors, setValue, getValues, formState } = useForm<DecisionFormValues>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: formValuesOf(start),
  });
  const outcome = useWatch({ control, name: 'outcome' });
  const amount = useWatch({ control, name: 'amountGrantedOre' });
  const split = useWatch({ control, name: 'subGoalSplitOre' });
  const applied = application.amountAppliedOre;
  const grant = outcome !== undefined && isGrantOutcome(outcome);
  const goals = orderedSubGoals(application.subGoals);
  const [prefilled, setPrefilled] = useState(false);
  // The split follows the amount until the officer types in it (a saved uneven split counts as typed).
  const [splitOwn, setSplitOwn] = useState(() => {
    const saved = start?.subGoalSplitOre;
    return saved !== undefined && start !== undefined && !sameJsonSplit(saved, defaultSubGoalSplit(start.amountGrantedOre, goals));
  });
  useEffect(() => {
    if (splitOwn || amount === undefined || !Number.isInteger(amount) || amount < 0) return;
    setValue('subGoalSplitOre', defaultSubGoalSplit(amount, goals));
    // goals come from the application, which does not change under the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [amount, splitOwn, setValue]);
  // The service's "does not add up" is about the split it saw; a new split clears it.
  useEffect(() => clearErrors('subGoalSplitOre'), [split, clearErrors]);
  const grantBlocked = grant && basis.failed.length > 0;

  const chooseOutcome = (next: DecisionOutcome) => {
    setValue('outcome', next, { shouldValidate: formState.isSubmitted });
    // A full grant is the amount applied for; a refusal is nothing.
    if (next === 'innvilget') setValue('amountGrantedOre', applied);
    else if (!isGrantOutcome(next)) setValue('amountGrantedOre', 0);
    else if (getValues('amountGrantedOre') === 0) setValue('amountGrantedOre', undefined);
    // A dismissal names the formal requirement not met: start from the failed rules.
    if (next === 'avvist' && getValues('justification').trim() === '') {
      const proposed = proposedDismissalJustification(basis);
      if (proposed) {
        setValue('justification', proposed, { shouldDirty: true });
        setPrefilled(true);
      }
    }
  };

  // A template has both written languages: each goes into its own field.
  const insertTemplate = (template: ReasonTemplate) => {
    const values = {
      minstebelop: formatMoney(call.rules.singleMeasureMinOre),
      aar: String(call.year),
      ramme: formatMoney(call.budgetFrameOre),
    };
    for (const [field, lang] of [['justification', 'nb'], ['justificationNn', 'nn']] as const) {
      const text = reasonText(template, lang, values);
      const before = getValues(field).trim();
      setValue(field, before ? `${before}\n\n${text}` : text, { shouldDirty: true });
    }
  };

  const { formRef, focusError } = useFocusFirstError();
  const onSubmit = handleSubmit(async (values) => {
    const chosen = values.outcome!;
    try {
      const saved = await decideApplication(defaultContext(), {
        applicationId: application.id,
        outcome: chosen,
        amountGrantedOre: isGrantOutcome(chosen) ? values.amountGrantedOre : undefined,
        justification: values.justification,
        justificationNn: values.justificationNn,
        conditions: isGrantOutcome(chosen) ? values.conditions : '',
        subGoalSplitOre: isGrantOutcome(chosen) && splitOwn ? (values.subGoalSplitOre as SubGoalSplit | undefined) : undefined,
      });
      onSaved(saved);
    } catch (error) {
      applyServiceErrors(error, FIELDS, setError, t.saveFailed);
      focusError();
    }
  }, focusError);

  return (
    <Box component="form" ref={formRef} noValidate onSubmit={onSubmit} aria-label={t.formTitle}>
      <UnsavedChangesGuard control={control} />
      <Stack spacing={3}>
        <Controller
          control={control}
          name="outcome"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} required>
              <FormLabel id="outcome-label">{t.outcome}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="outcome-label"
                name={field.name}
                value={field.value ?? ''}
                onChange={(e) => chooseOutcome(e.target.value as DecisionOutcome)}
              >
                {OUTCOMES.map((o) => (
                  <FormControlLabel key={o} value={o} control={<Radio />} label={DECISION_OUTCOME_LABELS[o]} />
                ))}
              </RadioGroup>
              <FormHelperText {...formErrorProps(Boolean(fieldState.error))}>
                {fieldState.error?.message ?? (field.value ? outcomeHelp[field.value] : ' ')}
              </FormHelperText>
            </FormControl>
          )}
        />
        {grantBlocked && !formState.errors.outcome ? (
          <Alert severity="warning">{s.screeningFailedLead}</Alert>
        ) : null}

        {grant ? (
          <Box sx={{ maxWidth: 320 }}>
            <MoneyField
              control={control}
              name="amountGrantedOre"
              label={t.amountGranted}
              required
              help={outcome === 'innvilget' ? t.amountGrantedHelpFull(applied) : t.amountGrantedHelpPartial(applied)}
              fullWidth
            />
          </Box>
        ) : null}

        <Box>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 0.5 }}>
            <ReasonTemplateMenu screeningResults={screeningResults} outcome={outcome} onInsert={insertTemplate} />
          </Box>
          <FormTextField
            control={control}
            name="justification"
            label={t.justification}
            help={outcome === 'innvilget' ? t.justificationOptional : t.justificationHelp}
            required={outcome !== undefined && outcome !== 'innvilget' && language === 'nb'}
            multiline
            minRows={5}
            fullWidth
          />
          {prefilled && outcome === 'avvist' ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {s.dismissalPrefilled}
            </Typography>
          ) : null}
          <Box sx={{ mt: 2 }}>
            <FormTextField
              control={control}
              name="justificationNn"
              label={t.justificationNn}
              help={t.justificationNnHelp}
              required={outcome !== undefined && outcome !== 'innvilget' && language === 'nn'}
              multiline
              minRows={3}
              fullWidth
            />
          </Box>
        </Box>

        {grant && goals.length > 1 ? (
          <Box onInput={() => setSplitOwn(true)}>
            <SubGoalSplitFields
              control={control}
              goals={goals}
              split={split as SubGoalSplit | undefined}
              grantedOre={amount}
              error={formState.errors.subGoalSplitOre?.message}
              onEqual={() => {
                setSplitOwn(false);
                if (amount !== undefined && Number.isInteger(amount)) setValue('subGoalSplitOre', defaultSubGoalSplit(amount, goals));
              }}
            />
          </Box>
        ) : null}

        {grant ? (
          <FormTextField control={control} name="conditions" label={t.conditions} help={t.conditionsHelp} multiline minRows={2} fullWidth />
        ) : null}

        <ObligationsPreview call={call} outcome={outcome} grantedOre={amount} />

        {formState.errors.root ? (
          <Alert severity="error" {...formErrorProps(true)}>
            {formState.errors.root.message}
          </Alert>
        ) : null}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t.saving : t.save}
          </Button>
          {onCancel ? (
            <Button size="large" onClick={onCancel}>
              {formText.cancel}
            </Button>
          ) : null}
        </Box>
      </Stack>
    </Box>
  );
}
