// Rows that match applications already in the call: how many, skip or update them, and which they are.
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import type { DuplicatePolicy, ImportPlan } from '@renderer/services/import';
import { importText } from '@renderer/i18n/import';

interface Props {
  plan: ImportPlan;
  policy: DuplicatePolicy;
  onPolicyChange: (policy: DuplicatePolicy) => void;
}

export function DuplicatesSection({ plan, policy, onPolicyChange }: Props) {
  const matches = plan.items.filter((i) => i.existingApplicationId !== undefined);
  const listed = plan.items.filter((i) => i.action !== 'create');
  const doubles = plan.items.filter((i) => i.skipReason === 'dobbel_i_filen').length;
  return (
    <Box component="section" aria-labelledby="import-duplicates-heading" sx={{ mt: 4 }}>
      <Typography id="import-duplicates-heading" variant="h3" sx={{ mb: 1 }}>
        {importText.duplicatesHeading}
      </Typography>
      <Typography sx={{ mb: 1.5 }} data-testid="import-duplicates">
        {matches.length === 0 ? importText.duplicatesNone : importText.duplicatesFound(matches.length)}
      </Typography>
      {doubles > 0 ? <Typography sx={{ mb: 1.5 }}>{importText.doubleInFile(doubles)}</Typography> : null}
      {matches.length > 0 ? (
        <FormControl sx={{ mb: 2 }}>
          <FormLabel id="import-duplicate-choice">{importText.duplicateChoiceLabel}</FormLabel>
          <RadioGroup
            aria-labelledby="import-duplicate-choice"
            value={policy}
            onChange={(e) => onPolicyChange(e.target.value as DuplicatePolicy)}
          >
            <FormControlLabel value="skip" control={<Radio />} label={importText.duplicateSkip} />
            <FormControlLabel value="update" control={<Radio />} label={importText.duplicateUpdate} />
          </RadioGroup>
        </FormControl>
      ) : null}
      {listed.length > 0 ? (
        <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 360 }} tabIndex={0} role="region" aria-label={importText.matchesTableLabel}>
          <Table size="small" stickyHeader aria-label={importText.matchesTableLabel}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64, textAlign: 'right' }}>{importText.colRow}</TableCell>
                <TableCell>{importText.colOrganisation}</TableCell>
                <TableCell>{importText.colTitle}</TableCell>
                <TableCell>{importText.colWhat}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {listed.map((item) => (
                <TableRow key={item.row.row}>
                  <TableCell sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{item.row.row}</TableCell>
                  <TableCell>{item.row.organisation.name}</TableCell>
                  <TableCell>{item.row.application.title}</TableCell>
                  <TableCell>{item.action === 'update' ? importText.willUpdate : item.note}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </Box>
  );
}
