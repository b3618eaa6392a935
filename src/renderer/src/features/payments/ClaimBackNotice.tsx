// Grants where more is paid than the current decision grants: the difference is to be claimed back.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { paymentsText as t } from '@renderer/i18n/payments';
import type { ClaimBackRow } from '@renderer/services/queries/payments-overview';

export function ClaimBackNotice({ claims }: { claims: readonly ClaimBackRow[] }) {
  if (claims.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 3, maxWidth: 960 }}>
      <AlertTitle>{t.claimsTitle}</AlertTitle>
      {t.claimsBody}
      <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
        {claims.map((c) => (
          <li key={c.application.id}>{t.claimLine(c.organisationName, c.application.title, c.paidOre, c.decision.amountGrantedOre, c.claimOre)}</li>
        ))}
      </ul>
    </Alert>
  );
}
