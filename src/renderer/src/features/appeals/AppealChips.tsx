// An appeal's stage and its flags as small chips; the words say it, the colour only helps.
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { Appeal } from '@renderer/domain/appeal';
import { appealFlags, appealStage } from '@renderer/domain/appeals/stage';
import { appealFlagText, appealStageText, imdiOutcomeText } from '@renderer/i18n/appeals';

export function AppealStageChip({ appeal }: { appeal: Appeal }) {
  const stage = appealStageText[appealStage(appeal)];
  const label = appeal.imdiOutcome ? `${stage}: ${imdiOutcomeText[appeal.imdiOutcome].toLowerCase()}` : stage;
  return <Chip size="small" variant="outlined" label={label} />;
}

export function AppealFlagChips({ appeal }: { appeal: Appeal }) {
  const flags = appealFlags(appeal);
  if (flags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {flags.map((f) => (
        <Chip key={f} size="small" color="error" variant="outlined" label={appealFlagText[f]} />
      ))}
    </Stack>
  );
}
