// "Last ned mal": the empty canonical template as CSV and XLSX, for the form supplier.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { getPlatform } from '@renderer/platform';
import { importText } from '@renderer/i18n/import';
import { buildTemplateFile } from '@renderer/workers/import-api';

const FILTERS = {
  csv: [{ name: importText.fileFilterCsv, extensions: ['csv'] }],
  xlsx: [{ name: importText.fileFilterXlsx, extensions: ['xlsx'] }],
};

export function TemplateButtons() {
  const [failed, setFailed] = useState(false);
  const save = async (kind: 'csv' | 'xlsx') => {
    setFailed(false);
    try {
      const bytes = await buildTemplateFile(kind);
      await getPlatform().saveFile({ suggestedName: `${importText.templateFileName}.${kind}`, bytes, filters: FILTERS[kind] });
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  return (
    <Box component="section" aria-labelledby="import-template-heading">
      <Typography id="import-template-heading" variant="h2" sx={{ mb: 1 }}>
        {importText.templateHeading}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
        {importText.templateBody}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void save('csv')}>
          {importText.templateCsv}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void save('xlsx')}>
          {importText.templateXlsx}
        </Button>
      </Box>
      {failed ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {importText.templateFailed}
        </Alert>
      ) : null}
    </Box>
  );
}
