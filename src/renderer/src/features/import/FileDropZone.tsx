// Where the officer hands over the file: the platform's open dialog, or a file dropped on the zone.
import { useState, type DragEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import UploadIcon from '@mui/icons-material/UploadFile';
import { getPlatform } from '@renderer/platform';
import { importText } from '@renderer/i18n/import';
import type { ImportFileInput } from '@renderer/workers/import-api';

const FILTERS = [
  { name: importText.fileFilterAll, extensions: ['csv', 'txt', 'xlsx', 'json'] },
  { name: importText.fileFilterCsv, extensions: ['csv', 'txt'] },
  { name: importText.fileFilterXlsx, extensions: ['xlsx'] },
  { name: importText.fileFilterJson, extensions: ['json'] },
];

interface Props {
  disabled: boolean;
  onFile: (file: ImportFileInput) => void;
  onOpenFailed: (message: string) => void;
}

export function FileDropZone({ disabled, onFile, onOpenFailed }: Props) {
  const [over, setOver] = useState(false);

  const open = async () => {
    try {
      const file = await getPlatform().openFile({ filters: FILTERS });
      if (file) onFile(file);
    } catch (error) {
      onOpenFailed(error instanceof Error ? error.message : importText.openFailed);
    }
  };

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (disabled || !file) return;
    onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'background.paper',
        borderRadius: 2,
        p: 4,
        textAlign: 'center',
      }}
    >
      <Typography sx={{ mb: 1.5 }} color={disabled ? 'text.secondary' : 'text.primary'}>
        {importText.dropHint}
      </Typography>
      <Button variant="contained" startIcon={<UploadIcon />} disabled={disabled} onClick={() => void open()}>
        {importText.chooseFile}
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {disabled ? importText.chooseCallFirst : importText.fileTypes}
      </Typography>
    </Box>
  );
}
