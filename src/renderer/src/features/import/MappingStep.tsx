// Step 2: the officer checks the suggested column mapping, fixes it, and may save it by name.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { listImportMappings, saveImportMapping } from '@renderer/services/import/mappings';
import { IMPORT_COLUMN_TEXT, importText } from '@renderer/i18n/import';
import { missingRequiredColumns, type ImportFileSummary } from '@renderer/workers/import-api';
import { headersUsedTwice, mappingForHeaders, unusedHeaders } from './mapping-logic';
import { MappingTable } from './MappingTable';
import type { ImportFlow } from './use-import-flow';

function SaveMapping({ summary, flow }: { summary: ImportFileSummary; flow: ImportFlow }) {
  const [name, setName] = useState(flow.appliedMappingName ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const save = async () => {
    try {
      const saved = await saveImportMapping(defaultContext(), { name, headers: summary.headers, mapping: flow.mapping });
      setMessage({ ok: true, text: importText.mappingSaved(saved.name) });
    } catch (error) {
      if (!(error instanceof ValidationError)) console.error(error);
      setMessage({ ok: false, text: error instanceof ValidationError ? error.message : importText.mappingSaveFailed });
    }
  };
  return (
    <Box sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label={importText.saveMappingName}
          helperText={importText.saveMappingHelp}
          value={name}
          onChange={(e) => setName(e.target.value)}
          sx={{ width: 380, maxWidth: '100%' }}
        />
        <Button variant="outlined" startIcon={<SaveIcon />} onClick={() => void save()} sx={{ mt: 0.25 }}>
          {importText.saveMapping}
        </Button>
      </Box>
      {message ? (
        <Alert severity={message.ok ? 'success' : 'error'} sx={{ mt: 1.5 }} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      ) : null}
    </Box>
  );
}

export function MappingStep({ flow }: { flow: ImportFlow }) {
  const saved = useLiveQuery(() => listImportMappings(getDb()), []) ?? [];
  const [chosenSaved, setChosenSaved] = useState('');
  const summary = flow.summary;
  if (!summary) return null;

  const missing = missingRequiredColumns(flow.mapping).map((c) => IMPORT_COLUMN_TEXT[c] ?? c);
  const twice = headersUsedTwice(flow.mapping);
  const unused = unusedHeaders(summary.headers, flow.mapping);

  const applySaved = (name: string) => {
    setChosenSaved(name);
    const found = saved.find((s) => s.name === name);
    if (found) flow.setMapping(mappingForHeaders(found.mapping, summary.headers));
  };

  return (
    <Box component="section" aria-labelledby="import-mapping-heading">
      <Typography id="import-mapping-heading" variant="h2" sx={{ mb: 1 }}>
        {importText.mappingHeading}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '75ch' }}>
        {importText.mappingLead(flow.fileName)}
      </Typography>
      {flow.appliedMappingName ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {importText.savedMappingApplied(flow.appliedMappingName)}
        </Alert>
      ) : null}
      {saved.length > 0 ? (
        <TextField
          select
          size="small"
          label={importText.savedMappingsLabel}
          value={chosenSaved}
          onChange={(e) => applySaved(e.target.value)}
          sx={{ minWidth: { xs: 0, sm: 320 }, mb: 2 }}
        >
          <MenuItem value="">
            <em>{importText.savedMappingsNone}</em>
          </MenuItem>
          {saved.map((s) => (
            <MenuItem key={s.name} value={s.name}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <MappingTable summary={summary} mapping={flow.mapping} onChange={flow.setMapping} />
      <Box aria-live="polite" sx={{ mt: 2, display: 'grid', gap: 1 }}>
        {missing.length > 0 ? <Alert severity="warning">{importText.missingRequired(missing)}</Alert> : null}
        {twice.map((h) => (
          <Alert key={h} severity="warning">
            {importText.usedTwice(h)}
          </Alert>
        ))}
        {unused.length > 0 ? <Typography color="text.secondary">{importText.unusedHeaders(unused)}</Typography> : null}
      </Box>
      <SaveMapping summary={summary} flow={flow} />
      <Box sx={{ display: 'flex', gap: 1.5, mt: 3, flexWrap: 'wrap' }}>
        <Button variant="contained" disabled={missing.length > 0} onClick={flow.confirmMapping}>
          {importText.continueToPreview}
        </Button>
        <Button variant="text" onClick={flow.reset}>
          {importText.startOver}
        </Button>
      </Box>
    </Box>
  );
}
