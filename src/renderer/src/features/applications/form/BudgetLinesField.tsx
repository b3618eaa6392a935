// Budget lines: add and remove rows of category, description and amount, with their sum.
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { budgetCategorySchema } from '@renderer/domain/application';
import { FormTextField } from '@renderer/components/form/FormTextField';
import { MoneyField } from '@renderer/components/form/MoneyField';
import { SelectField } from '@renderer/components/form/SelectField';
import { formatMoney } from '@renderer/i18n/format';
import { formText } from '@renderer/i18n/applications';
import type { ApplicationFormValues } from './form-schema';
import { BUDGET_CATEGORY_LABELS } from '@renderer/domain/vocabulary';

const CATEGORY_OPTIONS = budgetCategorySchema.options.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }));

export function BudgetLinesField({ control }: { control: Control<ApplicationFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'budgetLines' });
  const lines = useWatch({ control, name: 'budgetLines' });
  const sum = (lines ?? []).reduce((s, l) => s + (Number.isFinite(l.amountOre) ? (l.amountOre ?? 0) : 0), 0);

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {formText.budgetLines}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {formText.budgetLinesHelp}
      </Typography>
      {fields.map((item, index) => (
        <Box
          key={item.id}
          sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '240px 1fr 180px 40px' }, gap: 1.5, mb: 1.5, alignItems: 'start' }}
        >
          <SelectField
            control={control}
            name={`budgetLines.${index}.category`}
            label={formText.budgetCategory}
            options={CATEGORY_OPTIONS}
            size="small"
          />
          <FormTextField control={control} name={`budgetLines.${index}.description`} label={formText.budgetDescription} size="small" />
          <MoneyField control={control} name={`budgetLines.${index}.amountOre`} label={formText.budgetAmount} size="small" />
          <IconButton aria-label={formText.removeBudgetLine(index + 1)} onClick={() => remove(index)} sx={{ mt: 0.25 }}>
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2 }}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => append({ category: 'aktivitet', description: '', amountOre: undefined as unknown as number })}
        >
          {formText.addBudgetLine}
        </Button>
        {fields.length > 0 ? (
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {formText.budgetSum}: {formatMoney(sum)}
          </Typography>
        ) : null}
      </Box>
    </Box>
  );
}
