// The decision page's way into the appeals area: register an appeal on this (sent) decision, or
// open the one already registered.
import { Link as RouterLink } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import Button from '@mui/material/Button';
import FeedbackIcon from '@mui/icons-material/FeedbackOutlined';
import { getDb } from '@renderer/data/db';
import { appealsText as t } from '@renderer/i18n/appeals';
import { appealPaths } from './appeal-paths';

export function RegisterAppealLink({ decisionId }: { decisionId: string }) {
  const latest = useLiveQuery(
    async () => (await getDb().appeals.where('decisionId').equals(decisionId).sortBy('receivedDate')).at(-1),
    [decisionId],
  );
  const common = { component: RouterLink, startIcon: <FeedbackIcon />, variant: 'outlined', size: 'small' } as const;
  return (
    <>
      {latest ? (
        <Button {...common} to={appealPaths.appeal(latest.id)}>
          {t.openFromDecision}
        </Button>
      ) : null}
      <Button {...common} to={appealPaths.register(decisionId)}>
        {t.fromDecision}
      </Button>
    </>
  );
}
