// The new decision's fields (outcome, amount, reasons, conditions) inside a review or IMDi form.
import { useWatch, type Control } from 'react-hook-form';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { MoneyField } from '@renderer/components/form/MoneyField';
import { SelectField } from '@renderer/components/form/SelectField';
import { decisionOutcomeSchema, type DecisionOutcome } from '@renderer/domain/decision';
import type { NewDecisionInput } from '@renderer/services/appeals';
import { appealsText as t } from '@renderer/i18n/appeals';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

export interface NewDecisionValues {
  outcome: DecisionOutcome | undefined;
  amountGrantedOre: number | undefined;
  justification: string;
  conditions: string;
}

export const NEW_DECISION_DEFAULTS: NewDecisionValues = { outcome: undefined, amountGrantedOre: undefined, justification: '', conditions: '' };
export const NEW_DECISION_FIELDS = ['outcome', 'amountGrantedOre', 'justification', 'conditions'] as const;

const OUTCOMES = decisionOutcomeSchema.options.map((value) => ({ value, label: DECISION_OUTCOME_LABELS[value] }));

/** Form values → the decision service's input; undefined when no outcome is chosen. */
export function newDecisionInput(v: NewDecisionValues): NewDecisionInput | undefined {
  if (!v.outcome) return undefined;
  return {
    outcome: v.outcome,
    amountGrantedOre: v.outcome === 'delvis_innvilget' ? v.amountGrantedOre : undefined,
    justification: v.justification,
    conditions: v.conditions,
  };
}

// Generic over the wrapping form: every such form has these four fields at the top level.
export function NewDecisionFields({ control }: { control: Control<NewDecisionValues & Record<string, unknown>> }) {
  const outcome = useWatch({ control, name: 'outcome' });
  return (
    <>
      <SelectField control={control} name="outcome" label={t.outcome} options={OUTCOMES} required />
      {outcome === 'delvis_innvilget' ? <MoneyField control={control} name="amountGrantedOre" label={t.amount} required /> : null}
      <FormTextField control={control} name="justification" label={t.justification} multiline minRows={3} />
      {outcome === 'innvilget' || outcome === 'delvis_innvilget' ? (
        <FormTextField control={control} name="conditions" label={t.conditions} multiline minRows={2} />
      ) : null}
    </>
  );
}
