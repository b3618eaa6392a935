// The decision page's way into the appeals area: register an appeal on this (sent) decision.
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import FeedbackIcon from '@mui/icons-material/FeedbackOutlined';
import { appealsText as t } from '@renderer/i18n/appeals';
import { appealPaths } from './appeal-paths';

export function RegisterAppealLink({ decisionId }: { decisionId: string }) {
  return (
    <Button component={RouterLink} to={appealPaths.register(decisionId)} startIcon={<FeedbackIcon />} variant="outlined" size="small">
      {t.fromDecision}
    </Button>
  );
}
