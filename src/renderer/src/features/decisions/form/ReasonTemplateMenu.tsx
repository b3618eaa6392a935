// "Sett inn mal": the reason templates, those the screening suggests first, then those that fit
// the chosen outcome, then the rest. Choosing one inserts its text in the officer's language.
import { useState } from 'react';
import Button from '@mui/material/Button';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import PostAddIcon from '@mui/icons-material/PostAddOutlined';
import type { DecisionOutcome } from '@renderer/domain/decision';
import { DEFAULT_REASON_TEMPLATES, suggestReasonTemplates, type ReasonTemplate } from '@renderer/domain/decisions/reason-templates';
import { useReasonTemplates } from '../reason-templates-live';
import type { ScreeningRuleResult } from '@renderer/domain/screening';
import { decisionsText as t } from '@renderer/i18n/decisions';

interface Props {
  screeningResults: readonly ScreeningRuleResult[];
  outcome: DecisionOutcome | undefined;
  onInsert: (template: ReasonTemplate) => void;
}

export function orderedTemplates(
  screeningResults: readonly ScreeningRuleResult[],
  outcome: DecisionOutcome | undefined,
  templates: readonly ReasonTemplate[] = DEFAULT_REASON_TEMPLATES,
) {
  const suggested = suggestReasonTemplates(screeningResults, templates);
  const fits = (tpl: ReasonTemplate) => (outcome && tpl.outcomes.includes(outcome) ? 0 : 1);
  const others = templates.filter((tpl) => !suggested.includes(tpl)).sort((a, b) => fits(a) - fits(b));
  return { suggested, others };
}

export function ReasonTemplateMenu({ screeningResults, outcome, onInsert }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const templates = useReasonTemplates();
  const { suggested, others } = orderedTemplates(screeningResults, outcome, templates);
  const choose = (tpl: ReasonTemplate) => {
    setAnchor(null);
    onInsert(tpl);
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<PostAddIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? 'reason-templates' : undefined}
      >
        {t.insertTemplate}
      </Button>
      <Menu id="reason-templates" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {suggested.length > 0 ? <ListSubheader>{t.templatesSuggested}</ListSubheader> : null}
        {suggested.map((tpl) => (
          <MenuItem key={tpl.id} onClick={() => choose(tpl)}>
            {tpl.label}
          </MenuItem>
        ))}
        <ListSubheader>{t.templatesOther}</ListSubheader>
        {others.map((tpl) => (
          <MenuItem key={tpl.id} onClick={() => choose(tpl)}>
            {tpl.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
