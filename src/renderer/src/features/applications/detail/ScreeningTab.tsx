// Formell vurdering: each rule R1–R8 with its result and reason, and the officer's overrides.
import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckIcon from '@mui/icons-material/CheckCircleOutlined';
import CancelIcon from '@mui/icons-material/CancelOutlined';
import HelpIcon from '@mui/icons-material/HelpOutlineOutlined';
import type { Screening, ScreeningOutcome, ScreeningRuleId } from '@renderer/domain/screening';
import { effectiveResults, type EffectiveRuleResult } from '@renderer/domain/screening/effective';
import { screeningSummary } from '@renderer/domain/screening/summary';
import { StatusChip } from '@renderer/components/StatusChip';
import { formatTimestamp } from '@renderer/i18n/format';
import { OUTCOME_TEXT, RULE_NAMES, screeningText as t } from '@renderer/i18n/screening';
import { OverrideDialog } from './OverrideDialog';
import { confirmR2ForOrganisations } from '@renderer/services/r2-confirmation';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { safetyText } from '@renderer/i18n/decision-safety';

const ICONS: Record<ScreeningOutcome, { Icon: typeof CheckIcon; colour: string }> = {
  bestatt: { Icon: CheckIcon, colour: '#1d5a22' },
  ikke_bestatt: { Icon: CancelIcon, colour: '#8a1c16' },
  skjonn: { Icon: HelpIcon, colour: '#6b4000' },
};

function RuleResult({ result, onOverride, canOverride, extra }: { result: EffectiveRuleResult; onOverride: () => void; canOverride: boolean; extra?: ReactNode }) {
  const { Icon, colour } = ICONS[result.result];
  const headingId = `rule-${result.rule}`;
  return (
    <Paper component="li" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, listStyle: 'none', display: 'flex', gap: 2 }}>
      <Icon aria-hidden="true" sx={{ color: colour, mt: 0.25 }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {result.rule} {RULE_NAMES[result.rule]}
          </Typography>
          <Typography variant="body2" sx={{ color: colour, fontWeight: 600 }}>
            {OUTCOME_TEXT[result.result]}
          </Typography>
        </Box>
        {result.reason ? <Typography sx={{ mt: 0.5 }}>{result.reason}</Typography> : null}
        {result.override ? (
          <Box sx={{ mt: 1, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t.overriddenBy(result.override.by, formatTimestamp(result.override.at))}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t.automatic(OUTCOME_TEXT[result.automatic.result], result.automatic.reason)}
            </Typography>
          </Box>
        ) : null}
      </Box>
      {canOverride ? (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, alignItems: 'flex-end' }}>
          <Button size="small" variant="outlined" onClick={onOverride} aria-label={t.overrideFor(result.rule)}>
            {t.override}
          </Button>
          {extra}
        </Box>
      ) : null}
    </Paper>
  );
}

export function ScreeningTab({
  applicationId,
  screening,
  canOverride,
  callId,
}: {
  applicationId: string;
  screening: Screening | undefined;
  canOverride: boolean;
  /** Given: R2 waiting for judgement can be confirmed for the organisation in this call at once. */
  callId?: string;
}) {
  const [overriding, setOverriding] = useState<EffectiveRuleResult | null>(null);
  const [r2Message, setR2Message] = useState<string | null>(null);
  const confirmR2 = async () => {
    if (!callId) return;
    try {
      const result = await confirmR2ForOrganisations(defaultContext(), { callId, applicationIds: [applicationId] });
      setR2Message(safetyText.r2Done(result.confirmedOrganisationIds.length, result.rescreened));
    } catch (e) {
      setR2Message(e instanceof ValidationError ? e.message : safetyText.r2Failed);
    }
  };
  if (!screening) return <Typography>{t.notScreened}</Typography>;
  const results = effectiveResults(screening.results, screening.overrides);
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {t.intro}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2 }}>
        <Typography sx={{ fontWeight: 600 }}>{t.summary}:</Typography>
        <StatusChip kind="screening" status={screeningSummary(results)} />
      </Box>
      <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }}>
        {results.map((r) => (
          <RuleResult
            key={r.rule}
            result={r}
            canOverride={canOverride}
            onOverride={() => setOverriding(r)}
            extra={
              r.rule === 'R2' && r.result === 'skjonn' && callId ? (
                <Button size="small" onClick={() => void confirmR2()}>
                  {safetyText.r2ConfirmOne}
                </Button>
              ) : undefined
            }
          />
        ))}
      </Stack>
      {r2Message ? (
        <Typography role="status" sx={{ mt: 2 }}>
          {r2Message}
        </Typography>
      ) : null}
      {overriding ? (
        <OverrideDialog
          applicationId={applicationId}
          rule={overriding.rule as ScreeningRuleId}
          current={overriding.result}
          onClose={() => setOverriding(null)}
        />
      ) : null}
    </Box>
  );
}
