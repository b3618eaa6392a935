// The right half of meeting mode: the committee's recommendation for the item, the amount and
// reason fields, the numbered reason templates and the keys.
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatMoney } from '@renderer/i18n/format';
import { meetingsText as t, recommendationText } from '@renderer/i18n/meetings';
import type { Recommendation } from '@renderer/domain/recommendation';

interface Props {
  recommendation?: Recommendation;
  reasonMissing: boolean;
  amountText: string;
  reasonText: string;
  templateLabels: readonly string[];
  status: { text: string; error: boolean } | null;
  onAmountText: (s: string) => void;
  onReasonText: (s: string) => void;
  reasonRef: React.Ref<HTMLTextAreaElement>;
}

export function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <Box
      component="kbd"
      sx={{ fontFamily: 'inherit', fontWeight: 700, border: 1, borderColor: 'text.secondary', borderRadius: 1, px: 0.75, py: 0.1, mr: 1, whiteSpace: 'nowrap' }}
    >
      {children}
    </Box>
  );
}

export function RecommendationPanel(props: Props) {
  const { recommendation: rec } = props;
  return (
    <Box>
      <Typography variant="h2" component="h2" sx={{ fontSize: '1.4rem', fontWeight: 700, mb: 1 }}>
        {t.recommendationHeading}
      </Typography>
      <Box aria-live="polite" data-testid="recommendation" sx={{ fontSize: '1.5rem', fontWeight: 700, mb: 1, minHeight: '2.2rem' }}>
        {rec?.outcome ? `${recommendationText[rec.outcome]} · ${formatMoney(rec.amountOre)}` : <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>{t.noRecommendation}</Box>}
      </Box>
      {props.reasonMissing ? (
        <Typography color="warning.dark" sx={{ fontWeight: 600, mb: 1 }}>
          {t.reasonMissing}
        </Typography>
      ) : null}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <TextField label={t.amount} value={props.amountText} onChange={(e) => props.onAmountText(e.target.value)} sx={{ width: 180 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
      </Box>
      <TextField
        label={t.reason}
        value={props.reasonText}
        onChange={(e) => props.onReasonText(e.target.value)}
        multiline
        minRows={2}
        maxRows={5}
        fullWidth
        inputRef={props.reasonRef}
      />
      <Box role="status" sx={{ minHeight: '1.6rem', mt: 0.5, color: props.status?.error ? 'error.main' : 'success.dark', fontWeight: 600 }}>
        {props.status?.text ?? ''}
      </Box>
      <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 700, mt: 1 }}>
        {t.templates}
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, columns: 2, columnGap: 3 }}>
        {props.templateLabels.map((label, i) => (
          <Box component="li" key={label} sx={{ py: 0.25, breakInside: 'avoid' }}>
            <Kbd>{i + 1}</Kbd>
            {label}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
