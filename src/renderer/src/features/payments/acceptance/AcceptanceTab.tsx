// The grants of a call with their acceptance: filter by state, record an acceptance, pick waiting
// grants to remind (aksept_purring) or, past the deadline, to record as lapsed.
import { useState } from 'react';
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
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import MailIcon from '@mui/icons-material/MailOutlined';
import BlockIcon from '@mui/icons-material/BlockOutlined';
import { areaPaths } from '@renderer/components/area-paths';
import { ConfirmActionDialog } from '@renderer/components/ConfirmActionDialog';
import { defaultContext } from '@renderer/services/context';
import { undoAcceptance, undoLapse } from '@renderer/services/acceptance/corrections';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { channelText, paymentsText as t, type AcceptanceFilter } from '@renderer/i18n/payments';
import type { GrantRow, PaymentsOverview } from '@renderer/services/queries/payments-overview';
import type { Notice } from '../PaymentsPage';
import { AcceptDialog } from './AcceptDialog';
import { LapseDialog } from './LapseDialog';
import { ReminderDialog } from './ReminderDialog';
import { formatOrgnr } from '@renderer/domain/vocabulary';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function matches(row: GrantRow, filter: AcceptanceFilter): boolean {
  const s = row.state;
  if (filter === 'alle') return true;
  if (filter === 'forfalt') return s.kind === 'venter' && s.overdue;
  if (filter === 'venter') return s.kind === 'venter';
  return s.kind === filter;
}

function StateText({ row }: { row: GrantRow }) {
  const s = row.state;
  let text: string;
  let color: string | undefined;
  if (s.kind === 'akseptert') text = t.stateAccepted(s.receivedDate, channelText[row.acceptance?.channel ?? 'e-post']);
  else if (s.kind === 'bortfalt') text = t.stateLapsed(s.lapsedDate);
  else if (s.overdue) {
    text = t.stateOverdue;
    color = 'error.main';
  } else text = t.stateWaiting;
  return (
    <Box>
      <Typography variant="body2" sx={{ color, fontWeight: color ? 600 : undefined }}>
        {text}
      </Typography>
      {row.reminderDates.length > 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t.reminded(row.reminderDates)}
        </Typography>
      ) : null}
    </Box>
  );
}

/** `initialFilter`: the choice a link came with (Oversikt's «Aksepter som er forfalt»). */
export function AcceptanceTab({ data, onNotice, initialFilter = 'alle' }: { data: PaymentsOverview; onNotice: (n: Notice) => void; initialFilter?: AcceptanceFilter }) {
  const [filter, setFilter] = useState<AcceptanceFilter>(initialFilter);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [accepting, setAccepting] = useState<GrantRow | null>(null);
  const [correcting, setCorrecting] = useState<GrantRow | null>(null);
  const [undoing, setUndoing] = useState<GrantRow | null>(null);
  const [dialog, setDialog] = useState<'reminders' | 'lapse' | null>(null);

  if (data.grants.length === 0) return <Typography color="text.secondary">{t.noGrants}</Typography>;
  const rows = data.grants.filter((r) => matches(r, filter));
  const waiting = (r: GrantRow) => r.state.kind === 'venter';
  const chosen = data.grants.filter((r) => selected.has(r.decision.id) && waiting(r));
  const overdueChosen = chosen.filter((r) => r.state.kind === 'venter' && r.state.overdue);
  const overdueRows = rows.filter((r) => r.state.kind === 'venter' && r.state.overdue);
  const allOverdue = overdueRows.length > 0 && overdueRows.every((r) => selected.has(r.decision.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <TextField select size="small" label={t.acceptanceFilterLabel} value={filter} onChange={(e) => setFilter(e.target.value as AcceptanceFilter)} sx={{ width: 220 }}>
          {(Object.keys(t.acceptanceFilter) as AcceptanceFilter[]).map((key) => (
            <MenuItem key={key} value={key}>
              {t.acceptanceFilter[key]}
            </MenuItem>
          ))}
        </TextField>
        <Typography aria-live="polite" sx={{ minWidth: 130 }}>
          {t.selectedGrants(chosen.length)}
        </Typography>
        <Button variant="outlined" startIcon={<MailIcon />} disabled={chosen.length === 0} onClick={() => setDialog('reminders')}>
          {t.makeReminders(chosen.length)}
        </Button>
        <Button variant="outlined" color="error" startIcon={<BlockIcon />} disabled={overdueChosen.length === 0} onClick={() => setDialog('lapse')}>
          {t.recordLapse(overdueChosen.length)}
        </Button>
      </Box>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t.noGrantsInFilter}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.acceptanceTableLabel}>
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allOverdue}
                    disabled={overdueRows.length === 0}
                    onChange={() => setSelected(allOverdue ? new Set() : new Set(overdueRows.map((r) => r.decision.id)))}
                    slotProps={{ input: { 'aria-label': t.selectAllOverdue } }}
                  />
                </TableCell>
                <TableCell>{t.colOrganisation}</TableCell>
                <TableCell>{t.colApplication}</TableCell>
                <TableCell sx={numeric}>{t.colGranted}</TableCell>
                <TableCell>{t.colLetterSent}</TableCell>
                <TableCell>{t.colDeadline}</TableCell>
                <TableCell>{t.colAcceptance}</TableCell>
                <TableCell sx={numeric}>{t.colPaid}</TableCell>
                <TableCell>{t.colActions}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => {
                const id = row.decision.id;
                return (
                  <TableRow key={id} hover selected={selected.has(id)}>
                    <TableCell padding="checkbox">
                      {waiting(row) ? (
                        <Checkbox checked={selected.has(id)} onChange={() => toggle(id)} slotProps={{ input: { 'aria-label': t.selectGrant(row.application.title) } }} />
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {row.organisationName}
                      <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatOrgnr(row.orgnr)}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`${areaPaths.applications}/${row.application.id}`}>
                        {row.application.title}
                      </Link>
                    </TableCell>
                    <TableCell sx={numeric}>{formatMoney(row.decision.amountGrantedOre)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(row.sentDate)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(row.state.deadline)}</TableCell>
                    <TableCell>
                      <StateText row={row} />
                    </TableCell>
                    <TableCell sx={numeric}>{formatMoney(row.paidOre)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {waiting(row) ? (
                        <Button size="small" variant="contained" onClick={() => setAccepting(row)} aria-label={t.recordAcceptanceLabel(row.application.title)}>
                          {t.recordAcceptance}
                        </Button>
                      ) : null}
                      {row.state.kind === 'akseptert' ? (
                        <Box sx={{ display: 'flex', gap: 1 }}>
                          <Button size="small" variant="outlined" onClick={() => setCorrecting(row)} aria-label={t.correctAcceptanceLabel(row.application.title)}>
                            {t.correctAcceptance}
                          </Button>
                          <Button size="small" variant="outlined" color="error" onClick={() => setUndoing(row)} aria-label={t.undoAcceptanceLabel(row.application.title)}>
                            {t.undoAcceptance}
                          </Button>
                        </Box>
                      ) : null}
                      {row.state.kind === 'bortfalt' ? (
                        <Button size="small" variant="outlined" color="error" onClick={() => setUndoing(row)} aria-label={t.undoLapseLabel(row.application.title)}>
                          {t.undoLapse}
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {accepting ? (
        <AcceptDialog
          grant={accepting}
          onClose={() => setAccepting(null)}
          onDone={(released) => {
            setAccepting(null);
            onNotice({ severity: 'success', message: t.accepted(released) });
          }}
        />
      ) : null}
      {correcting ? (
        <AcceptDialog
          grant={correcting}
          correcting
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            onNotice({ severity: 'success', message: t.acceptanceCorrected });
          }}
        />
      ) : null}
      {undoing ? (
        <UndoDialog
          row={undoing}
          onClose={() => setUndoing(null)}
          onDone={(message) => {
            setUndoing(null);
            onNotice({ severity: 'success', message });
          }}
        />
      ) : null}
      {dialog === 'lapse' ? (
        <LapseDialog
          grants={overdueChosen}
          onClose={() => setDialog(null)}
          onDone={(n) => {
            setDialog(null);
            setSelected(new Set());
            onNotice({ severity: 'success', message: t.lapsed(n) });
          }}
        />
      ) : null}
      {dialog === 'reminders' ? (
        <ReminderDialog
          grants={chosen}
          year={data.call.year}
          onClose={() => setDialog(null)}
          onDone={(notice) => {
            setDialog(null);
            setSelected(new Set());
            onNotice(notice);
          }}
        />
      ) : null}
    </Box>
  );
}

/** Confirms undoing a recorded acceptance (withdrawing its unpaid terms) or a recorded lapse. */
function UndoDialog({ row, onClose, onDone }: { row: GrantRow; onClose: () => void; onDone: (message: string) => void }) {
  const lapse = row.state.kind === 'bortfalt';
  const org = row.organisationName;
  const title = row.application.title;
  return (
    <ConfirmActionDialog
      title={lapse ? t.undoLapseTitle : t.undoAcceptanceTitle}
      body={lapse ? t.undoLapseLead(org, title) : t.undoAcceptanceLead(org, title)}
      confirm={lapse ? t.undoLapseSubmit : t.undoAcceptanceSubmit}
      failed={t.saveFailed}
      run={() => (lapse ? undoLapse : undoAcceptance)(defaultContext(), row.decision.id)}
      onClose={onClose}
      onDone={() => onDone(lapse ? t.lapseUndone : t.acceptanceUndone)}
    />
  );
}
