// One repayment claim: where it stands, its letter (make, save, mark sent), the money that came in
// (part payments until settled) and the files received with it.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { FactList } from '@renderer/components/form/FactList';
import { getDb } from '@renderer/data/db';
import type { Repayment } from '@renderer/domain/repayment';
import { remainingOre, repaidOre, repaymentStatus, settledDate } from '@renderer/domain/repayments/settlement';
import type { LetterLanguage } from '@renderer/domain/settings';
import { formatAccountNumber } from '@renderer/domain/identifiers';
import { getPlatform } from '@renderer/platform';
import { languageText } from '@renderer/i18n/decisions';
import { formatDate, formatMoney, parseKroner } from '@renderer/i18n/format';
import { repaymentBasisText, reportsText as t } from '@renderer/i18n/reports';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { markRepaymentLetterSent, registerRepaymentPayment, saveRepaymentLetter } from '@renderer/services/repayments/claims';
import { renderOneFollowUp } from '@renderer/workers/follow-up-letters/follow-up-client';
import { AttachmentsSection } from '../../attachments/AttachmentsSection';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { prepareClaimLetter } from '../letters/follow-up-jobs';
import { RepaymentStatusLabel } from '../Tone';
import { CorrectClaimDialog, WithdrawClaimDialog } from './ClaimCorrectionDialogs';
import { NO_ERRORS, formErrorsOf, type FormErrors } from './service-error';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function ClaimCard({ claim, fileName, onNotice }: { claim: Repayment; fileName: string; onNotice: (m: string) => void }) {
  const { settings } = useCurrentSettings();
  const today = todayInOslo();
  const letter = useLiveQuery(async () => {
    if (!claim.letterId) return null;
    const l = await getDb().letters.get(claim.letterId);
    return l ? { id: l.id, sentDate: l.sentDate, language: l.language } : null;
  }, [claim.letterId]);
  const [language, setLanguage] = useState<LetterLanguage>(settings.letterLanguage);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [payDate, setPayDate] = useState(today);
  const [payAmount, setPayAmount] = useState('');
  const [payNote, setPayNote] = useState('');
  const [correction, setCorrection] = useState<'correct' | 'withdraw' | null>(null);
  const settled = settledDate(claim);
  const withdrawn = claim.withdrawn;
  const headingId = `krav-${claim.id}`;

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      onNotice(await work());
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(formErrorsOf(e));
    } finally {
      setBusy(false);
    }
  };

  const makeLetter = () =>
    act(async () => {
      const prepared = await prepareClaimLetter(getDb(), claim.id, language, today);
      if (!prepared) throw new Error(t.failed);
      const bytes = await renderOneFollowUp(prepared.job);
      await saveRepaymentLetter(defaultContext(), { repaymentId: claim.id, language, bytes });
      return t.letterMadeNotice;
    });

  const saveLetter = () =>
    act(async () => {
      const stored = claim.letterId ? await getDb().letters.get(claim.letterId) : undefined;
      if (!stored) throw new Error(t.failed);
      const result = await getPlatform().saveFile({ suggestedName: fileName, bytes: stored.bytes });
      return result.saved ? t.letterSaved : '';
    });

  const correctionDone = (message: string) => {
    setCorrection(null);
    onNotice(message);
  };

  const register = () =>
    act(async () => {
      const amountOre = parseKroner(payAmount);
      if (amountOre === null) throw ValidationError.forField('amountOre', t.amountInvalid);
      await registerRepaymentPayment(defaultContext(), {
        repaymentId: claim.id, date: payDate, amountOre, note: payNote, expectedUpdatedAt: claim.updatedAt,
      });
      setPayAmount('');
      setPayNote('');
      return t.paymentRegistered;
    });

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
          {t.claimHeading(claim.amountOre, claim.decidedAt)}
        </Typography>
        <RepaymentStatusLabel status={repaymentStatus(claim, today)} />
      </Stack>
      <FactList
        items={[
          [t.basis, repaymentBasisText[claim.basis]],
          [t.deadline, formatDate(claim.deadline)],
          [t.account, formatAccountNumber(claim.accountNumber)],
          [t.reference, claim.paymentReference],
          [t.colRepaid, settled ? t.claimSettled(settled) : t.claimRepaid(repaidOre(claim), remainingOre(claim))],
        ]}
      />
      <Typography sx={{ mt: 1.5, whiteSpace: 'pre-wrap' }}>{claim.reason}</Typography>
      {withdrawn ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t.claimWithdrawn(withdrawn.date, withdrawn.by)}
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{withdrawn.reason}</Typography>
        </Alert>
      ) : (
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          {letter !== undefined && !letter?.sentDate ? (
            <Button variant="outlined" onClick={() => setCorrection('correct')} disabled={busy}>
              {t.correctClaim}
            </Button>
          ) : null}
          {!settled ? (
            <Button variant="outlined" color="error" onClick={() => setCorrection('withdraw')} disabled={busy}>
              {t.withdrawClaim}
            </Button>
          ) : null}
        </Stack>
      )}

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 2 }}>
        <Typography>{letter?.sentDate ? t.letterSent(letter.sentDate) : letter ? t.letterMade : t.letterNone}</Typography>
        {!letter?.sentDate && !withdrawn ? (
          <>
            <TextField select size="small" label={t.language} value={language} onChange={(e) => setLanguage(e.target.value as LetterLanguage)} sx={{ minWidth: 130 }}>
              {(['nb', 'nn'] as const).map((l) => (
                <MenuItem key={l} value={l}>
                  {languageText[l]}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="contained" onClick={() => void makeLetter()} disabled={busy}>
              {busy ? t.makingLetter : t.makeLetter}
            </Button>
          </>
        ) : null}
        {letter ? (
          <Button variant="outlined" onClick={() => void saveLetter()} disabled={busy}>
            {t.saveLetter}
          </Button>
        ) : null}
        {letter && !letter.sentDate && !withdrawn ? (
          <Button onClick={() => void act(async () => (await markRepaymentLetterSent(defaultContext(), claim.id, today), t.letterSentNotice))} disabled={busy}>
            {t.markSent}
          </Button>
        ) : null}
      </Stack>

      <Typography variant="h4" sx={{ fontSize: '1rem', fontWeight: 600, mt: 3, mb: 1 }}>
        {t.paymentsTitle}
      </Typography>
      {claim.payments.length === 0 ? (
        <Typography color="text.secondary">{t.noPayments}</Typography>
      ) : (
        <Table size="small" aria-label={t.paymentsTableLabel(claim.amountOre)} sx={{ maxWidth: 560 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t.colDate}</TableCell>
              <TableCell sx={numeric}>{t.colAmount}</TableCell>
              <TableCell>{t.colNote}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {claim.payments.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{formatDate(p.date)}</TableCell>
                <TableCell sx={numeric}>{formatMoney(p.amountOre)}</TableCell>
                <TableCell>{p.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!settled && !withdrawn ? (
        <Stack direction="row" spacing={2} sx={{ mt: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField type="date" label={t.paymentDate} value={payDate} onChange={(e) => setPayDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }}
            error={Boolean(errors.fields['date'])} helperText={errors.fields['date'] ?? ' '} />
          <TextField label={t.paymentAmount} value={payAmount} onChange={(e) => setPayAmount(e.target.value)}
            slotProps={{ input: { startAdornment: <Typography sx={{ mr: 1 }}>kr</Typography> } }}
            error={Boolean(errors.fields['amountOre'])} helperText={errors.fields['amountOre'] ?? ' '} />
          <TextField label={t.paymentNote} value={payNote} onChange={(e) => setPayNote(e.target.value)} helperText=" " />
          <Button variant="outlined" onClick={() => void register()} disabled={busy || payAmount.trim() === ''} sx={{ mt: 1 }}>
            {t.registerPayment}
          </Button>
        </Stack>
      ) : null}
      {errors.general ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errors.general}
        </Alert>
      ) : null}
      {correction === 'correct' ? <CorrectClaimDialog claim={claim} onClose={() => setCorrection(null)} onDone={correctionDone} /> : null}
      {correction === 'withdraw' ? <WithdrawClaimDialog claim={claim} onClose={() => setCorrection(null)} onDone={correctionDone} /> : null}
      <Box sx={{ mt: 2 }}>
        <AttachmentsSection ownerTable="repayments" ownerId={claim.id} headingComponent="h3" />
      </Box>
    </Paper>
  );
}
