// A calm status label for reports and claims, the same look and contrast as the shared StatusChip.
import { styled } from '@mui/material/styles';
import type { RepaymentStatus } from '@renderer/domain/repayments/settlement';
import type { ReportStatus } from '@renderer/domain/reports/report-status';
import { repaymentStatusText, reportStatusText } from '@renderer/i18n/reports';

type Tone = 'neutral' | 'info' | 'progress' | 'success' | 'danger';

const TONES: Record<Tone, { bg: string; fg: string; border: string }> = {
  neutral: { bg: '#eef1f4', fg: '#3a4550', border: '#cfd6dd' },
  info: { bg: '#e3edf5', fg: '#123852', border: '#b9cfe2' },
  progress: { bg: '#fdf1de', fg: '#6b4000', border: '#efd2a2' },
  success: { bg: '#e4f2e6', fg: '#1d5a22', border: '#b7dabb' },
  danger: { bg: '#fbe7e5', fg: '#8a1c16', border: '#efbdb8' },
};

const REPORT_TONES: Record<ReportStatus, Tone> = {
  ikke_forfalt: 'neutral',
  forfaller_snart: 'progress',
  forfalt: 'danger',
  mottatt: 'info',
  godkjent: 'success',
};

const REPAYMENT_TONES: Record<RepaymentStatus, Tone> = {
  apen: 'progress',
  delvis_betalt: 'info',
  forfalt: 'danger',
  betalt: 'success',
  trukket: 'neutral',
};

const Badge = styled('span')(({ theme }) => ({
  display: 'inline-block',
  height: 24,
  padding: '0 8px',
  boxSizing: 'border-box',
  borderRadius: 12,
  border: '1px solid',
  fontSize: theme.typography.pxToRem(13),
  fontWeight: 600,
  lineHeight: '22px',
  whiteSpace: 'nowrap',
  verticalAlign: 'middle',
  ...Object.fromEntries(
    Object.entries(TONES).map(([tone, c]) => [`&[data-tone="${tone}"]`, { backgroundColor: c.bg, color: c.fg, borderColor: c.border }]),
  ),
}));

export function ReportStatusLabel({ status }: { status: ReportStatus }) {
  return <Badge data-tone={REPORT_TONES[status]}>{reportStatusText[status]}</Badge>;
}

export function RepaymentStatusLabel({ status }: { status: RepaymentStatus }) {
  return <Badge data-tone={REPAYMENT_TONES[status]}>{repaymentStatusText[status]}</Badge>;
}
