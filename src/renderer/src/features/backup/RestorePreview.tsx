// What a checked backup holds, in an officer's words: when it was made, what case work it holds and
// its change log's state; versions, row counts and the checksum under «Teknisk informasjon».
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BACKUP_TABLES, BACKUP_TABLE_LABELS, type BackupPreview } from '@renderer/services/backup';
import { backupText } from '@renderer/i18n/backup';
import { AuditReport } from '@renderer/features/change-log/AuditReport';
import { formatNumber, formatTimestamp } from '@renderer/i18n/format';
import { TechnicalDetails } from '@renderer/components/TechnicalDetails';
import type { BackupTable } from '@renderer/services/backup';

// What an officer recognises as the case work; the rest (settings, log, screenings …) is technical.
const CASE_TABLES: readonly BackupTable[] = ['calls', 'organisations', 'applications', 'decisions', 'letters', 'payments', 'reports', 'appeals', 'repayments', 'attachments'];

export function createdText(preview: BackupPreview): string {
  return preview.createdAt ? formatTimestamp(preview.createdAt) : backupText.previewUnknownDate;
}

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <>
      <Box component="dt" sx={{ fontWeight: 600 }}>
        {term}
      </Box>
      <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}

function CountsTable(props: { label: string; headers: [string, string]; tables: readonly BackupTable[]; counts: Record<BackupTable, number> }) {
  return (
    <Table size="small" aria-label={props.label} sx={{ maxWidth: 420 }}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {props.headers[0]}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {props.headers[1]}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.tables.map((table) => (
          <TableRow key={table}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
              {BACKUP_TABLE_LABELS[table]}
            </TableCell>
            <TableCell align="right">{formatNumber(props.counts[table])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function RestorePreview({ fileName, preview }: { fileName: string; preview: BackupPreview }) {
  return (
    <Box component="section" aria-labelledby="restore-preview-title" data-testid="restore-preview">
      <Typography id="restore-preview-title" variant="h3" sx={{ mb: 1.5 }}>
        {backupText.previewTitle(fileName)}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.5, m: 0, mb: 2 }}
      >
        <Fact term={backupText.previewCreated}>{createdText(preview)}</Fact>
        <Fact term={backupText.previewEncrypted}>{preview.encrypted ? backupText.yes : backupText.no}</Fact>
      </Box>
      <Box sx={{ mb: 2 }}>
        <AuditReport audit={preview.audit} />
      </Box>
      <CountsTable
        label={backupText.contentsLabel}
        headers={[backupText.contentsWhat, backupText.contentsCount]}
        tables={CASE_TABLES.filter((table) => preview.counts[table] > 0)}
        counts={preview.counts}
      />
      <TechnicalDetails id="restore-technical">
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.5, m: 0, mb: 2 }}>
          <Fact term={backupText.previewVersion}>{String(preview.formatVersion)}</Fact>
          <Fact term={backupText.previewTotal}>{formatNumber(preview.total)}</Fact>
          <Fact term={backupText.previewChecksum}>{preview.fileChecksum}</Fact>
        </Box>
        {/* Empty tables are left out: the list is long and zeros say little. */}
        <CountsTable
          label={backupText.countsLabel}
          headers={[backupText.countsTable, backupText.countsRows]}
          tables={BACKUP_TABLES.filter((table) => preview.counts[table] > 0)}
          counts={preview.counts}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {backupText.countsEmptyLeftOut}
        </Typography>
      </TechnicalDetails>
    </Box>
  );
}
