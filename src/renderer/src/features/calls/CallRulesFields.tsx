// The rule settings of a call, each explained in plain Norwegian with its 2020 value.
import type { Control } from 'react-hook-form';
import { MoneyField } from '@renderer/components/form/MoneyField';
import { IntegerField } from '@renderer/components/form/IntegerField';
import { DateField } from '@renderer/components/form/DateField';
import { FormSection } from '@renderer/components/form/FormSection';
import { callsText } from '@renderer/i18n/calls';
import { formText } from '@renderer/i18n/form';
import type { CallFormValues } from './call-form-schema';

interface CallRulesFieldsProps {
  control: Control<CallFormValues>;
  /** Rules are locked once the call is decided (decisions rest on them). */
  locked: boolean;
}

export function CallRulesFields({ control, locked }: CallRulesFieldsProps) {
  const common = { control, disabled: locked, required: true } as const;
  return (
    <>
      <FormSection
        title={callsText.sectionRules}
        lead={locked ? callsText.rulesLocked : callsText.sectionRulesLead}
        minColumn={300}
      >
        <MoneyField {...common} name="rules.projectMaxOre" label={callsText.projectMax} help={callsText.projectMaxHelp} />
        <MoneyField
          {...common}
          name="rules.singleMeasureMinOre"
          label={callsText.singleMeasureMin}
          help={callsText.singleMeasureMinHelp}
        />
        <MoneyField
          {...common}
          name="rules.splitPaymentThresholdOre"
          label={callsText.splitPayment}
          help={callsText.splitPaymentHelp}
        />
        <MoneyField
          {...common}
          name="rules.auditThresholdOre"
          label={callsText.auditThreshold}
          help={callsText.auditThresholdHelp}
        />
        <IntegerField
          {...common}
          name="rules.appealDeadlineWeeks"
          label={callsText.appealWeeks}
          help={callsText.appealWeeksHelp}
          unit={formText.weeks}
        />
        <IntegerField
          control={control}
          disabled={locked}
          name="rules.appealPostDays"
          label={callsText.appealPostDays}
          help={callsText.appealPostDaysHelp}
          unit={formText.days}
        />
        <DateField {...common} name="rules.reportDueDate" label={callsText.reportDue} help={callsText.reportDueHelp} />
      </FormSection>
      <FormSection title={callsText.sectionLocal} lead={callsText.sectionLocalLead} minColumn={300}>
        <MoneyField
          control={control}
          disabled={locked}
          name="rules.singleMeasureMaxOre"
          label={callsText.singleMeasureMax}
          help={callsText.singleMeasureMaxHelp}
        />
        <IntegerField
          control={control}
          disabled={locked}
          name="rules.maxApplicationsPerOrganisation"
          label={callsText.maxPerOrganisation}
          help={callsText.maxPerOrganisationHelp}
        />
      </FormSection>
    </>
  );
}
