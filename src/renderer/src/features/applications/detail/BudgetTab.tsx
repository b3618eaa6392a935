// Budsjett: the budget lines with their sum; categories R6 does not cover are marked.
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Application } from '@renderer/domain/application';
import { EXCLUDED_CATEGORY_LABELS } from '@renderer/domain/screening/labels';
import { formatMoney } from '@renderer/i18n/format';
import { detailText } from '@renderer/i18n/applications';
import { BUDGET_CATEGORY_LABELS } from '@renderer/domain/vocabulary';

const t = detailText.budget;
const isExcluded = (category: Application['budgetLines'][number]['category']) =>
  EXCLUDED_CATEGORY_LABELS[category] !== undefined;

export function BudgetTab({ application }: { application: Application }) {
  const lines = application.budgetLines;
  if (lines.length === 0) return <Typography>{t.none}</Typography>;
  const sum = lines.reduce((s, l) => s + l.amountOre, 0);
  const excluded = lines.filter((l) => isExcluded(l.category)).reduce((s, l) => s + l.amountOre, 0);
  const money = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
  return (
    <Table size="small" sx={{ maxWidth: 860 }}>
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 8px' }}>{t.caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>{t.category}</TableCell>
          <TableCell sx={{ fontWeight: 600 }}>{t.description}</TableCell>
          <TableCell sx={{ fontWeight: 600, ...money }}>{t.amount}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line, i) => (
          <TableRow key={i}>
            <TableCell>
              {BUDGET_CATEGORY_LABELS[line.category]}
              {isExcluded(line.category) ? (
                <Chip
                  label={t.excluded}
                  size="small"
                  variant="outlined"
                  sx={{ ml: 1, bgcolor: '#fbe7e5', color: '#8a1c16', borderColor: '#efbdb8', fontWeight: 600 }}
                />
              ) : null}
            </TableCell>
            <TableCell>{line.description}</TableCell>
            <TableCell sx={money}>{formatMoney(line.amountOre)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={2} sx={{ fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' }}>
            {t.sum}
          </TableCell>
          <TableCell sx={{ ...money, fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' }}>{formatMoney(sum)}</TableCell>
        </TableRow>
        {excluded > 0 ? (
          <TableRow>
            <TableCell colSpan={2} sx={{ color: 'text.primary', fontSize: '0.875rem' }}>
              {t.excludedSum}
            </TableCell>
            <TableCell sx={{ ...money, color: 'text.primary', fontSize: '0.875rem' }}>{formatMoney(excluded)}</TableCell>
          </TableRow>
        ) : null}
      </TableFooter>
    </Table>
  );
}
