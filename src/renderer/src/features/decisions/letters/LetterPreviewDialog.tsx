// Shows a rendered letter page by page (drawn by pdf.js, so it works the same in Electron and in a
// browser tab, with no PDF plug-in or frame) and offers it for saving.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { PdfPages } from '@renderer/components/pdf/PdfPages';
import { decisionsText as t } from '@renderer/i18n/decisions';

interface Props {
  bytes: Uint8Array;
  onSave: () => void;
  onClose: () => void;
  /** The line above the letter; by default that a preview is not kept in the case. */
  note?: string;
}

export function LetterPreviewDialog({ bytes, onSave, onClose, note }: Props) {
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="preview-title"
      // As tall as the window allows: the letter is what the officer came to read.
      slotProps={{ paper: { sx: { height: '100%' } } }}
    >
      <DialogTitle id="preview-title">{t.previewTitle}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {note ?? t.previewNote}
        </Typography>
        <PdfPages
          bytes={bytes}
          label={t.previewRegion}
          loadingText={t.previewLoading}
          errorText={t.previewFailed}
          sx={{ flex: 1, minHeight: 240 }}
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
