// Shows a rendered letter in a frame (a blob: URL; the CSP allows blob: frames for this) and
// offers it for saving, for windows whose PDF viewer cannot show it inline.
import { useEffect, useMemo } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { decisionsText as t } from '@renderer/i18n/decisions';

interface Props {
  bytes: Uint8Array;
  onSave: () => void;
  onClose: () => void;
}

export function LetterPreviewDialog({ bytes, onSave, onClose }: Props) {
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })), [bytes]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="preview-title">
      <DialogTitle id="preview-title">{t.previewTitle}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t.previewNote}
        </Typography>
        <iframe
          src={url}
          title={t.previewFrameTitle}
          style={{ width: '100%', height: '70vh', border: '1px solid #cfd6dd', borderRadius: 4, background: '#fff' }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onSave}>{t.previewSave}</Button>
        <Button variant="contained" onClick={onClose}>
          {t.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
