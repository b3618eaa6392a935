// The three files of the report. The byte builders load on the first click (import()).
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ImdiExportData } from '@renderer/services/export';
import { getPlatform } from '@renderer/platform';
import { exportText } from '@renderer/i18n/export';
import { saveResultText } from './save-result-text';

type Kind = 'xlsx' | 'csv' | 'json';

const BUTTONS: readonly { kind: Kind; label: string; filter: string }[] = [
  { kind: 'xlsx', label: exportText.saveXlsx, filter: exportText.filterXlsx },
  { kind: 'csv', label: exportText.saveCsv, filter: exportText.filterCsv },
  { kind: 'json', label: exportText.saveJson, filter: exportText.filterJson },
];

type Status = { severity: 'success' | 'info' | 'error'; text: string } | null;

export function ExportButtons({ data }: { data: ImdiExportData }) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // The CSV and JSON builders are small: fetched while the officer reads the summary, not on the click.
  useEffect(() => {
    void import('@renderer/workers/export/build-export-file');
  }, []);

  async function save(kind: Kind, filter: string) {
    setBusy(kind);
    setStatus(null);
    try {
      const { buildExportFile } = await import('@renderer/workers/export/build-export-file');
      const file = await buildExportFile(data, kind, new Date());
      const result = await getPlatform().saveFile({
        suggestedName: file.fileName,
        bytes: file.bytes,
        filters: [{ name: filter, extensions: [kind] }],
      });
      setStatus({ severity: result.saved ? 'success' : 'info', text: saveResultText(result, file.fileName) });
    } catch (error) {
      setStatus({ severity: 'error', text: exportText.saveFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {BUTTONS.map(({ kind, label, filter }) => (
          <Button
            key={kind}
            variant={kind === 'xlsx' ? 'contained' : 'outlined'}
            disabled={busy !== null}
            onClick={() => void save(kind, filter)}
          >
            {busy === kind ? exportText.building : label}
          </Button>
        ))}
      </Stack>
      <div role="status">{status ? <Alert role="none" severity={status.severity}>{status.text}</Alert> : null}</div>
    </Stack>
  );
}
