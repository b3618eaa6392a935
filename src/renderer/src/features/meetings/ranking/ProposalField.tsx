// One application's proposed amount: typed in kroner, saved on Enter or when leaving the field.
// The frame above follows the typing (onDraft); a refused amount shows the service's reason.
import { useState } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { oreToKronerText } from '@renderer/components/form/kroner-text';
import { parseKroner } from '@renderer/i18n/format';
import { meetingsText as t } from '@renderer/i18n/meetings';

interface Props {
  title: string;
  valueOre: number;
  stored: boolean;
  onDraft: (ore: number | null) => void;
  onSave: (ore: number) => Promise<string | null>;
}

export function ProposalField({ title, valueOre, stored, onDraft, onSave }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? oreToKronerText(valueOre);

  async function commit() {
    if (text === null) return;
    const ore = parseKroner(text);
    if (ore === null || ore < 0) {
      setError(t.notAnAmount);
      return;
    }
    const problem = await onSave(ore);
    setError(problem);
    if (!problem) {
      setText(null);
      onDraft(null);
    }
  }

  return (
    <TextField
      size="small"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        setError(null);
        onDraft(parseKroner(e.target.value));
      }}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
      }}
      error={error !== null}
      helperText={error ?? (stored ? undefined : t.defaultAmount)}
      slotProps={{
        htmlInput: { 'aria-label': t.proposedLabel(title), inputMode: 'numeric', style: { textAlign: 'right' } },
        input: { startAdornment: <InputAdornment position="start">kr</InputAdornment> },
      }}
      sx={{ width: 190 }}
    />
  );
}
