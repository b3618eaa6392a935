// The granted amount split across the application's sub-goals: one money field per sub-goal, the
// running sum against the amount granted, and «Fordel likt» back to the default split.
import type { Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { MoneyField } from '@renderer/components/form/MoneyField';
import type { SubGoal } from '@renderer/domain/call';
import { splitSum, type SubGoalSplit } from '@renderer/domain/decisions/sub-goal-split';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import type { DecisionFormValues } from './decision-form-schema';

interface Props {
  control: Control<DecisionFormValues>;
  goals: readonly SubGoal[];
  split: SubGoalSplit | undefined;
  grantedOre: number | undefined;
  error?: string;
  onEqual: () => void;
}

export function SubGoalSplitFields({ control, goals, split, grantedOre, error, onEqual }: Props) {
  const sum = splitSum(split ?? {});
  const granted = grantedOre !== undefined && Number.isFinite(grantedOre) ? grantedOre : undefined;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }} aria-describedby="split-help">
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {s.splitTitle}
      </Typography>
      <Typography id="split-help" variant="body2" color="text.secondary" sx={{ mb: 1.5, maxWidth: '70ch' }}>
        {s.splitHelp}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {goals.map((g) => (
          <Box key={g} sx={{ width: 200 }}>
            <MoneyField control={control} name={`subGoalSplitOre.${g}`} label={s.splitGoal(g)} fullWidth />
          </Box>
        ))}
        <Button onClick={onEqual} sx={{ mt: 1 }}>
          {s.splitEqual}
        </Button>
      </Box>
      {granted !== undefined ? (
        <FormHelperText error={Boolean(error) || sum !== granted} role="status">
          {error ?? s.splitSum(sum, granted)}
        </FormHelperText>
      ) : null}
    </Box>
  );
}
