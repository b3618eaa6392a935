// The payment terms of a call, paged so thousands stay quick: filter by state, pick released terms
// (checkboxes, keyboard-usable) and make a payment list of them.
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLongOutlined';
import { areaPaths } from '@renderer/components/area-paths';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { paymentsText as t, termStateText, type TermFilter } from '@renderer/i18n/payments';
import type { PaymentsOverview, TermRow } from '@renderer/services/queries/payments-overview';
import type { Notice } from '../PaymentsPage';
import { PaymentListDialog } from './PaymentListDialog';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const PAGE_SIZES = [25, 50, 100];

export function isPayable(row: TermRow): boolean {
  return row.payment !== undefined && (row.state === 'forfalt' || row.state === 'frigitt');
}

function matches(row: TermRow, filter: TermFilter): boolean {
  return filter === 'alle' || row.state === filter;
}

/** `initialFilter`: the choice a link came with (Oversikt's «Utbetalinger som har forfalt»). */
export function TermsTab({ data, onNotice, initialFilter = 'alle' }: { data: PaymentsOverview; onNotice: (n: Notice) => void; initialFilter?: TermFilter }) {
  const [filter, setFilter] = useState<TermFilter>(initialFilter);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[1]!);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [listOpen, setListOpen] = useState(false);

  const rows = useMemo(() => data.terms.filter((r) => matches(r, filter)), [data.terms, filter]);
  const lastPage = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  const shownPage = Math.min(page, lastPage);
  const pageRows = rows.slice(shownPage * pageSize, shownPage * pageSize + pageSize);
  const payableOnPage = pageRows.filter(isPayable);
  const payableInFilter = rows.filter(isPayable);
  const chosen = data.terms.filter((r) => selected.has(r.key) && isPayable(r));
  const chosenSum = chosen.reduce((s, r) => s + r.amountOre, 0);
  const allOnPage = payableOnPage.length > 0 && payableOnPage.every((r) => selected.has(r.key));
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };
  const togglePage = () => {
    const next = new Set(selected);
    for (const r of payableOnPage) {
      if (allOnPage) next.delete(r.key);
      else next.add(r.key);
    }
    setSelected(next);
  };

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <TextField
          select
          size="small"
          label={t.termFilterLabel}
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as TermFilter);
            setPage(0);
          }}
          sx={{ width: 240 }}
        >
          {(Object.keys(t.termFilter) as TermFilter[]).map((key) => (
            <MenuItem key={key} value={key}>
              {t.termFilter[key]}
            </MenuItem>
          ))}
        </TextField>
        <Typography aria-live="polite" sx={{ minWidth: 200, fontVariantNumeric: 'tabular-nums' }}>
          {t.selectedTerms(chosen.length, chosenSum)}
        </Typography>
        <Button variant="outlined" disabled={payableInFilter.length === 0} onClick={() => setSelected(new Set(payableInFilter.map((r) => r.key)))}>
          {t.selectAllInFilter(payableInFilter.length)}
        </Button>
        <Button variant="contained" startIcon={<ReceiptLongIcon />} disabled={chosen.length === 0} onClick={() => setListOpen(true)}>
          {t.makeList}
        </Button>
      </Box>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t.noTerms}</Typography>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <Table size="small" aria-label={t.termsTableLabel}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox checked={allOnPage} disabled={payableOnPage.length === 0} onChange={togglePage} slotProps={{ input: { 'aria-label': t.selectAllPayable } }} />
                  </TableCell>
                  <TableCell>{t.colOrganisation}</TableCell>
                  <TableCell>{t.colApplication}</TableCell>
                  <TableCell>{t.colReference}</TableCell>
                  <TableCell>{t.colTerm}</TableCell>
                  <TableCell sx={numeric}>{t.colAmount}</TableCell>
                  <TableCell>{t.colDue}</TableCell>
                  <TableCell>{t.colState}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pageRows.map((row) => (
                  <TableRow key={row.key} hover selected={selected.has(row.key)}>
                    <TableCell padding="checkbox">
                      {isPayable(row) ? (
                        <Checkbox
                          checked={selected.has(row.key)}
                          onChange={() => toggle(row.key)}
                          slotProps={{ input: { 'aria-label': t.selectTerm(row.grant.organisationName, row.term) } }}
                        />
                      ) : null}
                    </TableCell>
                    <TableCell>{row.grant.organisationName}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`${areaPaths.applications}/${row.grant.application.id}`}>
                        {row.grant.application.title}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.grant.reference}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.termName(row.term)}</TableCell>
                    <TableCell sx={numeric}>{formatMoney(row.amountOre)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(row.dueDate)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap', color: row.state === 'forfalt' ? 'error.dark' : undefined, fontWeight: row.state === 'forfalt' ? 600 : undefined }}>
                      {row.paidDate ? t.paidOn(row.paidDate) : termStateText[row.state]}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={rows.length}
            page={shownPage}
            onPageChange={(_e, next) => setPage(next)}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onRowsPerPageChange={(e) => {
              setPageSize(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={t.rowsPerPage}
            labelDisplayedRows={({ from, to, count }) => t.pageOf(from, to, count)}
          />
        </Paper>
      )}
      {listOpen ? (
        <PaymentListDialog
          terms={chosen}
          kommunenummer={data.call.municipalityId}
          onClose={() => setListOpen(false)}
          onPaid={(n) => {
            setListOpen(false);
            setSelected(new Set());
            onNotice({ severity: 'success', message: t.markedPaid(n) });
          }}
        />
      ) : null}
    </Box>
  );
}
