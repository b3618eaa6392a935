// One row per column of the import format: which of the file's columns holds it, with an example.
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { IMPORT_COLUMN_TEXT, importText } from '@renderer/i18n/import';
import {
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  type ColumnMapping,
  type ImportColumn,
  type ImportFileSummary,
} from '@renderer/workers/import-api';

const NONE = '';
const MAX_EXAMPLE = 40;

function example(summary: ImportFileSummary, header: string | undefined): string {
  if (header === undefined) return '';
  const index = summary.headers.indexOf(header);
  const value = summary.samples.map((row) => row[index] ?? '').find((v) => v.trim() !== '') ?? '';
  return value.length > MAX_EXAMPLE ? `${value.slice(0, MAX_EXAMPLE)}…` : value;
}

interface Props {
  summary: ImportFileSummary;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

export function MappingTable({ summary, mapping, onChange }: Props) {
  // Budget lines are a list, which only JSON can carry.
  const columns = IMPORT_COLUMNS.filter((c) => c !== 'budsjettposter' || summary.format === 'json');
  const headers = summary.headers.filter((h) => h.trim() !== '');

  const choose = (column: ImportColumn, header: string) => {
    const next = { ...mapping };
    if (header === NONE) delete next[column];
    else next[column] = header;
    onChange(next);
  };

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={importText.mappingTableLabel}>
        <TableHead>
          <TableRow>
            <TableCell>{importText.colColumn}</TableCell>
            <TableCell>{importText.colFileColumn}</TableCell>
            <TableCell>{importText.colExample}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {columns.map((column) => {
            const required = REQUIRED_COLUMNS.includes(column);
            const missing = required && mapping[column] === undefined;
            const labelId = `import-map-${column}`;
            return (
              <TableRow key={column}>
                <TableCell sx={{ width: '36%' }}>
                  <Typography id={labelId} component="span" sx={{ fontWeight: required ? 600 : 400 }}>
                    {IMPORT_COLUMN_TEXT[column] ?? column}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' '}
                    ({column}
                    {required ? `, ${importText.required}` : ''})
                  </Typography>
                </TableCell>
                <TableCell sx={{ width: '34%' }}>
                  <Select
                    size="small"
                    fullWidth
                    displayEmpty
                    labelId={labelId}
                    value={mapping[column] ?? NONE}
                    error={missing}
                    onChange={(e) => choose(column, e.target.value)}
                  >
                    <MenuItem value={NONE}>
                      <em>{importText.notInFile}</em>
                    </MenuItem>
                    {headers.map((header) => (
                      <MenuItem key={header} value={header}>
                        {header}
                      </MenuItem>
                    ))}
                  </Select>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', wordBreak: 'break-word' }}>
                  {example(summary, mapping[column])}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
