// The Sikkerhetskopi section of Innstillinger: storage state, back up now, automatic backups
// (Electron), and restore from a file.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getPlatform } from '@renderer/platform';
import { backupText } from '@renderer/i18n/backup';
import { StorageStatus } from './StorageStatus';
import { BackupNowButton } from './BackupNowButton';
import { AutoBackupSettings } from './AutoBackupSettings';
import { RestorePanel } from './RestorePanel';
import { takeRestoredNotice } from './restored-notice';

export function BackupSection() {
  const isElectron = getPlatform().kind === 'electron';
  // Read once: the message of a restore that just reloaded the page.
  const [restored, setRestored] = useState(takeRestoredNotice);

  return (
    <Card component="section" aria-labelledby="backup-title" id="sikkerhetskopi">
      <CardContent sx={{ p: 3 }}>
        <Stack spacing={2.5}>
          <Typography id="backup-title" variant="h2">
            {backupText.title}
          </Typography>
          {restored ? (
            <Alert severity="success" onClose={() => setRestored(null)}>
              {restored}
            </Alert>
          ) : null}
          <Typography color="text.secondary">{backupText.lead}</Typography>
          <StorageStatus />
          <Typography color="text.secondary">{isElectron ? backupText.whereElectron : backupText.whereBrowser}</Typography>
          <BackupNowButton />
          {isElectron ? (
            <>
              <Divider />
              <AutoBackupSettings />
            </>
          ) : null}
          <Divider />
          <RestorePanel />
        </Stack>
      </CardContent>
    </Card>
  );
}
