// Why the application did or did not pass the formal screening, on the decision page: failed
// rules with their reasons and an «Overstyr» button each (the application's own override dialog),
// overridden and open rules, and a link to the application's screening tab.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { areaPaths } from '@renderer/components/area-paths';
import type { ScreeningBasis } from '@renderer/domain/decisions/screening-basis';
import type { ScreeningRuleId } from '@renderer/domain/screening';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { RULE_NAMES } from '@renderer/i18n/screening';
import { OverrideDialog } from '../../applications/detail/OverrideDialog';

interface Props {
  applicationId: string;
  basis: ScreeningBasis;
  /** False when the decision is locked: overriding then changes nothing that was decided. */
  canOverride: boolean;
}

function RuleList({ rules, withOverride, onOverride }: {
  rules: readonly { rule: ScreeningRuleId; reason: string; overrideReason?: string }[];
  withOverride?: boolean;
  onOverride?: (rule: ScreeningRuleId) => void;
}) {
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, '& li': { mb: 0.75 } }}>
      {rules.map((r) => (
        <li key={r.rule}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {r.rule} {RULE_NAMES[r.rule]}:{' '}
          </Typography>
          <Typography variant="body2" component="span">
            {r.reason}
          </Typography>
          {r.overrideReason ? (
            <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
              {s.overrideReasonLabel}: {r.overrideReason}
            </Typography>
          ) : null}
          {withOverride && onOverride ? (
            <Box>
              <Button size="small" variant="outlined" sx={{ mt: 0.5 }} onClick={() => onOverride(r.rule)}>
                {s.overrideRule(r.rule)}
              </Button>
            </Box>
          ) : null}
        </li>
      ))}
    </Box>
  );
}

export function ScreeningBasisPanel({ applicationId, basis, canOverride }: Props) {
  const [overriding, setOverriding] = useState<ScreeningRuleId | null>(null);
  return (
    <Box data-testid="screening-basis">
      {!basis.screened ? (
        <Alert severity="info">{s.screeningNotScreened}</Alert>
      ) : basis.allMet ? (
        <Alert severity="success">{s.screeningAllMet}</Alert>
      ) : null}
      {basis.failed.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {s.screeningFailedLead}
          </Typography>
          <RuleList rules={basis.failed} withOverride={canOverride} onOverride={setOverriding} />
        </Alert>
      ) : null}
      {basis.overridden.length > 0 ? (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {s.screeningOverriddenLead}
          </Typography>
          <RuleList rules={basis.overridden} />
        </Box>
      ) : null}
      {basis.judged.length > 0 ? (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {s.screeningJudgedLead}
          </Typography>
          <RuleList rules={basis.judged} />
        </Box>
      ) : null}
      {basis.unresolved.length > 0 ? (
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {s.screeningUnresolvedLead}
          </Typography>
          <RuleList rules={basis.unresolved} />
        </Box>
      ) : null}
      <Link component={RouterLink} to={`${areaPaths.applications}/${applicationId}`} sx={{ display: 'inline-block', mt: 1 }}>
        {s.openApplication}
      </Link>
      {overriding ? (
        <OverrideDialog applicationId={applicationId} rule={overriding} current="ikke_bestatt" onClose={() => setOverriding(null)} />
      ) : null}
    </Box>
  );
}
