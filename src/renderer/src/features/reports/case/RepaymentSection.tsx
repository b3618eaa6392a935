// The grant's repayment claims (R13) and a button for a new one, from the report or a finding.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { reportsText as t } from '@renderer/i18n/reports';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { letterFileName } from '../../decisions/letters/letter-file-name';
import { ClaimCard } from './ClaimCard';
import { NewClaimDialog } from './NewClaimDialog';

export function RepaymentSection({ row, onNotice }: { row: ReportRow; onNotice: (m: string) => void }) {
  const [open, setOpen] = useState(false);
  const { hash } = useLocation();
  const unused = row.report?.unusedAmountStated ? row.report.unusedAmountOre : 0;
  const ref = useRef<HTMLElement>(null);
  // Links from the claims list and other areas (…#tilbakebetaling) land on this section.
  useEffect(() => {
    if (hash === '#tilbakebetaling') ref.current?.scrollIntoView({ block: 'start' });
  }, [hash]);
  return (
    <Box component="section" ref={ref} id="tilbakebetaling" aria-labelledby="tilbakebetaling-tittel" sx={{ mb: 4, scrollMarginTop: 80 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1.5, gap: 2, flexWrap: 'wrap' }}>
        <Typography id="tilbakebetaling-tittel" variant="h2">
          {t.claimsTitle}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
          {t.newClaim}
        </Button>
      </Box>
      {unused > 0 && row.claims.every((c) => c.withdrawn) ? (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
          {t.unusedNoClaim(unused)}
        </Alert>
      ) : null}
      {row.claims.length === 0 ? <Typography color="text.secondary">{t.noClaims}</Typography> : null}
      {row.claims.map((claim) => (
        <ClaimCard key={claim.id} claim={claim} fileName={letterFileName(row.orgnr, row.application.title, 'tilbakebetalingskrav')} onNotice={onNotice} />
      ))}
      {open ? (
        <NewClaimDialog
          row={row}
          onClose={() => setOpen(false)}
          onCreated={() => {
            setOpen(false);
            onNotice(t.claimCreated);
          }}
        />
      ) : null}
    </Box>
  );
}
