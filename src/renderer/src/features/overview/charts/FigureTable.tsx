// The text alternative of a figure: the same categories and values as a table.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatFigure, type FigureData } from './figure-data';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function FigureTable({ data, caption, categoryHeader }: { data: FigureData; caption: string; categoryHeader: string }) {
  return (
    <Table size="small">
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {categoryHeader}
          </TableCell>
          {data.series.map((s) => (
            <TableCell key={s.key} component="th" scope="col" sx={numeric}>
              {s.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {data.categories.map((category, row) => (
          <TableRow key={category}>
            <TableCell component="th" scope="row">
              {category}
            </TableCell>
            {data.series.map((s) => (
              <TableCell key={s.key} sx={numeric}>
                {formatFigure(s.values[row] ?? null, data.unit)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
