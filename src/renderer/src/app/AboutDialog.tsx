// "Om Tilskudd frivillige": version and where the data is kept; platform, operating system and
// components under «Teknisk informasjon».
import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import type { AppInfo } from '@shared/platform';
import { Link as RouterLink } from 'react-router';
import { getPlatform } from '@renderer/platform';
import { areaPaths } from '@renderer/components/area-paths';
import { aboutText } from '@renderer/i18n/about';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { TechnicalDetails } from '@renderer/components/TechnicalDetails';

interface AboutDialogProps {
  open: boolean;
  onClose: () => void;
  /** Closes the dialog and shows the user guide. */
  onOpenGuide: () => void;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Box component="dt" sx={{ fontWeight: 600, color: 'text.secondary' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {value}
      </Box>
    </>
  );
}

function runtimeSummary(versions: Record<string, string>): string {
  return Object.entries(versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
}

export function AboutDialog({ open, onClose, onOpenGuide }: AboutDialogProps) {
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    if (!open || info) return;
    let cancelled = false;
    void getPlatform()
      .appInfo()
      .then((result) => {
        if (!cancelled) setInfo(result);
      });
    return () => {
      cancelled = true;
    };
  }, [open, info]);

  const isElectron = info?.kind === 'electron';
  // In a browser the only "version" is the long user agent: noise for an officer, so left out.
  const runtime = info && isElectron ? runtimeSummary(info.versions) : '';

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="about-title" maxWidth="sm" fullWidth>
      <DialogTitle id="about-title" component="h2" sx={{ fontWeight: 600 }}>
        {aboutText.title}
      </DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2.5 }}>{aboutText.description}</Typography>
        {info ? (
          <Box
            component="dl"
            sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1.25, m: 0 }}
          >
            <Fact label={aboutText.version} value={info.version} />
            <Fact label={aboutText.dataLocation} value={isElectron ? aboutText.dataElectron : aboutText.dataBrowser} />
          </Box>
        ) : (
          <CenteredProgress label={aboutText.loading} />
        )}
        {info ? (
          <TechnicalDetails id="about-technical">
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1.25, m: 0 }}>
              <Fact
                label={aboutText.platform}
                value={isElectron ? aboutText.platformElectron : aboutText.platformBrowser}
              />
              <Fact label={aboutText.os} value={info.os} />
              <Fact label={aboutText.storage} value={isElectron ? aboutText.storageElectron : aboutText.storageBrowser} />
              {runtime ? <Fact label={aboutText.runtime} value={runtime} /> : null}
            </Box>
          </TechnicalDetails>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="outlined" startIcon={<MenuBookIcon />} onClick={onOpenGuide}>
          {aboutText.openGuide}
        </Button>
        <Button component={RouterLink} to={`${areaPaths.settings}/personvern`} onClick={onClose}>
          {aboutText.privacy}
        </Button>
        <Button variant="contained" onClick={onClose} autoFocus>
          {aboutText.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
