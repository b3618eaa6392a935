// Correcting a repayment claim made in error: withdraw it with a written reason, or correct its
// amount, reason and deadline before the letter is sent. Refusals are shown in the dialog.
import { useState } from 'react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ConfirmActionDialog } from '@renderer/components/ConfirmActionDialog';
import { oreToKronerText } from '@renderer/components/form/kroner-text';
import type { Repayment } from '@renderer/domain/repayment';
import { parseKroner } from '@renderer/i18n/format';
import { reportsText as t } from '@renderer/i18n/reports';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { correctRepaymentClaim, withdrawRepaymentClaim } from '@renderer/services/repayments/claim-corrections';
import { todayInOslo } from '@renderer/domain/oslo-date';

interface Props {
  claim: Repayment;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function WithdrawClaimDialog({ claim, onClose, onDone }: Props) {
  const [date, setDate] = useState(todayInOslo());
  const [reason, setReason] = useState('');
  return (
    <ConfirmActionDialog
      title={t.withdrawClaimTitle}
      body={t.withdrawClaimLead}
      confirm={t.withdrawClaimSubmit}
      failed={t.failed}
      confirmDisabled={reason.trim() === ''}
      run={async () => {
        await withdrawRepaymentClaim(defaultContext(), { repaymentId: claim.id, date, reason, expectedUpdatedAt: claim.updatedAt });
      }}
      onClose={onClose}
      onDone={() => onDone(t.claimWithdrawnNotice)}
    >
      <Stack spacing={2}>
        <TextField type="date" label={t.withdrawDate} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField label={t.withdrawReason} value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={2} required />
      </Stack>
    </ConfirmActionDialog>
  );
}

export function CorrectClaimDialog({ claim, onClose, onDone }: Props) {
  const [amount, setAmount] = useState(oreToKronerText(claim.amountOre));
  const [reason, setReason] = useState(claim.reason);
  const [deadline, setDeadline] = useState(claim.deadline);
  return (
    <ConfirmActionDialog
      title={t.correctClaimTitle}
      body={t.correctClaimLead}
      confirm={t.correctClaimSubmit}
      failed={t.failed}
      safe
      confirmDisabled={reason.trim() === '' || amount.trim() === ''}
      run={async () => {
        const amountOre = parseKroner(amount);
        if (amountOre === null) throw ValidationError.forField('amountOre', t.amountInvalid);
        await correctRepaymentClaim(defaultContext(), { repaymentId: claim.id, amountOre, reason, deadline, expectedUpdatedAt: claim.updatedAt });
      }}
      onClose={onClose}
      onDone={() => onDone(t.claimCorrected)}
    >
      <Stack spacing={2}>
        <TextField
          label={t.amount}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          required
          slotProps={{ input: { startAdornment: <Typography sx={{ mr: 1 }}>kr</Typography> } }}
        />
        <TextField label={t.reason} value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={3} required />
        <TextField type="date" label={t.deadline} value={deadline} onChange={(e) => setDeadline(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
    </ConfirmActionDialog>
  );
}
