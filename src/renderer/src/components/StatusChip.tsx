// A small, calm chip for a status: the Norwegian label plus a soft colour per tone.
// Colours are text-on-tint pairs that meet WCAG AA (4.5:1) so the label never relies on colour.
import { styled } from '@mui/material/styles';
import type { ApplicationStatus } from '@renderer/domain/application';
import type { CallStatus } from '@renderer/domain/call';
import {
  screeningStatusText,
  type ScreeningSummaryStatus,
} from '@renderer/i18n/form';
import { APPLICATION_STATUS_LABELS, CALL_STATUS_LABELS } from '@renderer/domain/vocabulary';

type Tone = 'neutral' | 'info' | 'progress' | 'success' | 'danger';

const TONES: Record<Tone, { bg: string; fg: string; border: string }> = {
  neutral: { bg: '#eef1f4', fg: '#3a4550', border: '#cfd6dd' },
  info: { bg: '#e3edf5', fg: '#123852', border: '#b9cfe2' },
  progress: { bg: '#fdf1de', fg: '#6b4000', border: '#efd2a2' },
  success: { bg: '#e4f2e6', fg: '#1d5a22', border: '#b7dabb' },
  danger: { bg: '#fbe7e5', fg: '#8a1c16', border: '#efbdb8' },
};

const CALL_TONES: Record<CallStatus, Tone> = {
  utkast: 'neutral',
  apen: 'info',
  lukket: 'progress',
  vedtatt: 'success',
  arkivert: 'neutral',
};

const APPLICATION_TONES: Record<ApplicationStatus, Tone> = {
  mottatt: 'info',
  under_behandling: 'progress',
  vurdert: 'progress',
  vedtatt: 'success',
  avsluttet: 'neutral',
  trukket: 'neutral',
};

const SCREENING_TONES: Record<ScreeningSummaryStatus, Tone> = {
  bestatt: 'success',
  ikke_bestatt: 'danger',
  skjonn: 'progress',
  ikke_vurdert: 'neutral',
};

export type StatusChipProps =
  | { kind: 'call'; status: CallStatus }
  | { kind: 'application'; status: ApplicationStatus }
  | { kind: 'screening'; status: ScreeningSummaryStatus };

function labelAndTone(props: StatusChipProps): [string, Tone] {
  switch (props.kind) {
    case 'call':
      return [CALL_STATUS_LABELS[props.status], CALL_TONES[props.status]];
    case 'application':
      return [APPLICATION_STATUS_LABELS[props.status], APPLICATION_TONES[props.status]];
    case 'screening':
      return [screeningStatusText[props.status], SCREENING_TONES[props.status]];
  }
}

// The look of MUI's small outlined Chip, as one plain element with static styles: lists draw
// hundreds of these, and a Chip is several styled components each.
const Badge = styled('span')(({ theme }) => ({
  display: 'inline-block',
  maxWidth: '100%',
  height: 24,
  padding: '0 8px',
  boxSizing: 'border-box',
  borderRadius: 12,
  border: '1px solid',
  fontFamily: theme.typography.fontFamily,
  fontSize: theme.typography.pxToRem(13),
  fontWeight: 600,
  lineHeight: '22px',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  verticalAlign: 'middle',
  ...Object.fromEntries(
    Object.entries(TONES).map(([tone, c]) => [
      `&[data-tone="${tone}"]`,
      { backgroundColor: c.bg, color: c.fg, borderColor: c.border },
    ]),
  ),
}));

export function StatusChip(props: StatusChipProps) {
  const [label, tone] = labelAndTone(props);
  return (
    <Badge data-tone={tone} title={label}>
      {label}
    </Badge>
  );
}
