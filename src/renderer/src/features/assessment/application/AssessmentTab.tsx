// The application's «Vurdering» tab: conflicts of interest (with the board-member name warning),
// the scoring form for one assessor at a time, and each assessor's scores with the averages per
// criterion, the weighted total and who is missing. A conflicted member's scores are shown struck
// out and left out of every average. When the call says so, an assessor who has not scored yet does
// not see the others' scores while the form is open.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isComplete, weightedMean } from '@renderer/domain/assessment/scores';
import { CONFLICT_GROUND_LABELS } from '@renderer/domain/conflict-of-interest';
import { matchingBoardMembers } from '@renderer/domain/person';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { removeConflict } from '@renderer/services/assessment/conflicts';
import { defaultContext } from '@renderer/services/context';
import { appText } from '@renderer/i18n/app';
import { formatDate, formatNumber } from '@renderer/i18n/format';
import { DECLARED_BY_TEXT, tabText as t } from '@renderer/i18n/assessment';
import { ConflictDialog } from './ConflictDialog';
import { ScoreForm } from './ScoreForm';
import { useApplicationAssessment, type ApplicationAssessment } from './use-application-assessment';

const decimal = (n: number | null | undefined) => (n == null ? '–' : formatNumber(n, 2));

function ScoresTable({ data }: { data: ApplicationAssessment }) {
  const conflicted = new Set(data.conflicts.map((c) => c.personId));
  const scored = data.assessors.filter((p) => data.assessments.some((a) => a.personId === p.id && Object.keys(a.scores).length > 0));
  const byPerson = new Map(data.assessments.map((a) => [a.personId, a]));
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-labelledby="scores-title">
        <TableHead>
          <TableRow>
            <TableCell>{t.criterion}</TableCell>
            <TableCell align="right">{t.weight}</TableCell>
            {scored.map((p) => (
              <TableCell key={p.id} align="right" sx={conflicted.has(p.id) ? { color: 'text.secondary' } : undefined}>
                {p.name}
                {conflicted.has(p.id) ? ` (${t.excludedShort})` : ''}
              </TableCell>
            ))}
            <TableCell align="right" sx={{ fontWeight: 700 }}>
              {t.average}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.criteria.map((c) => (
            <TableRow key={c.id}>
              <TableCell component="th" scope="row">
                {c.label}
              </TableCell>
              <TableCell align="right">{formatNumber(c.weight)}</TableCell>
              {scored.map((p) => (
                <TableCell key={p.id} align="right" sx={conflicted.has(p.id) ? { textDecoration: 'line-through', color: 'text.secondary' } : undefined}>
                  {byPerson.get(p.id)?.scores[c.id] ?? '–'}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                {decimal(data.summary.averageByCriterion[c.id])}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
              {t.total}
            </TableCell>
            <TableCell />
            {scored.map((p) => (
              <TableCell key={p.id} align="right" sx={conflicted.has(p.id) ? { textDecoration: 'line-through', color: 'text.secondary' } : { fontWeight: 600 }}>
                {decimal(weightedMean(data.criteria, byPerson.get(p.id)?.scores ?? {}))}
              </TableCell>
            ))}
            <TableCell align="right" sx={{ fontWeight: 700 }}>
              {decimal(data.summary.weightedTotal)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Summary({ data }: { data: ApplicationAssessment }) {
  const nameOf = (id: string) => data.people.find((p) => p.id === id)?.name ?? id;
  const comments = data.assessments.filter((a) => a.comment && !data.conflicts.some((c) => c.personId === a.personId));
  return (
    <Box component="section" aria-labelledby="scores-title">
      <Typography id="scores-title" variant="h2" sx={{ mb: 1 }}>
        {t.scoresTitle}
      </Typography>
      <Typography sx={{ mb: 1, fontWeight: 600 }} data-testid="weighted-total">
        {data.summary.weightedTotal == null ? t.totalNone : `${t.total}: ${decimal(data.summary.weightedTotal)}`}
      </Typography>
      <Typography sx={{ mb: 1 }} data-testid="missing-assessors">
        {data.summary.missing.length > 0 ? t.missing(data.summary.missing.map(nameOf).join(', ')) : t.allDone}
      </Typography>
      {data.summary.excluded.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.excluded(data.summary.excluded.map(nameOf).join(', '))}
        </Alert>
      ) : null}
      {data.assessments.length > 0 ? <ScoresTable data={data} /> : null}
      {comments.length > 0 ? (
        <Stack component="ul" spacing={1} sx={{ mt: 2, pl: 2.5 }}>
          {comments.map((a) => (
            <li key={a.id}>
              <Typography>
                <strong>{nameOf(a.personId)}:</strong> {a.comment}
              </Typography>
            </li>
          ))}
        </Stack>
      ) : null}
    </Box>
  );
}

function Conflicts({ data, canEdit }: { data: ApplicationAssessment; canEdit: boolean }) {
  const [open, setOpen] = useState<{ personId?: string } | null>(null);
  const nameOf = (id: string) => data.people.find((p) => p.id === id)?.name ?? id;
  const boardMembers = data.organisation?.boardMembers ?? [];
  const warnings = data.assessors.filter(
    (p) => !data.conflicts.some((c) => c.personId === p.id) && matchingBoardMembers(p.name, boardMembers).length > 0,
  );
  return (
    <Box component="section" aria-labelledby="conflicts-title">
      <Typography id="conflicts-title" variant="h2" sx={{ mb: 1 }}>
        {t.conflictsTitle}
      </Typography>
      {warnings.map((p) => (
        <Alert
          key={p.id}
          severity="warning"
          sx={{ mb: 1 }}
          action={canEdit ? <Button color="inherit" size="small" onClick={() => setOpen({ personId: p.id })}>{t.conflictAdd}</Button> : undefined}
        >
          {t.boardWarning(p.name, data.organisation?.name ?? '')}
        </Alert>
      ))}
      {data.conflicts.length === 0 ? (
        <Typography sx={{ mb: 1 }}>{t.conflictsNone}</Typography>
      ) : (
        <Stack component="ul" spacing={1} sx={{ p: 0, m: 0, mb: 1, listStyle: 'none' }}>
          {data.conflicts.map((c) => (
            <Paper component="li" key={c.id} variant="outlined" sx={{ p: 1.5, display: 'flex', gap: 2, alignItems: 'flex-start' }}>
              <Box sx={{ flex: 1 }}>
                <Typography sx={{ fontWeight: 600 }}>{t.conflictRow(nameOf(c.personId), CONFLICT_GROUND_LABELS[c.ground])}</Typography>
                {c.note ? <Typography>{c.note}</Typography> : null}
                <Typography variant="body2" color="text.secondary">
                  {t.conflictDeclared(DECLARED_BY_TEXT[c.declaredBy], formatDate(c.declaredDate))}
                </Typography>
              </Box>
              {canEdit ? (
                <Button size="small" onClick={() => void removeConflict(defaultContext(), c.id)} aria-label={t.conflictRemoveFor(nameOf(c.personId))}>
                  {t.conflictRemove}
                </Button>
              ) : null}
            </Paper>
          ))}
        </Stack>
      )}
      {canEdit && data.people.length > 0 ? (
        <Button variant="outlined" size="small" onClick={() => setOpen({})}>
          {t.conflictAdd}
        </Button>
      ) : null}
      {open ? (
        <ConflictDialog
          applicationId={data.application.id}
          people={data.people.filter((p) => p.active || p.id === open.personId)}
          personId={open.personId}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Box>
  );
}

export function AssessmentTab({ applicationId }: { applicationId: string }) {
  const data = useApplicationAssessment(applicationId);
  const [personId, setPersonId] = useState('');
  const [scoring, setScoring] = useState(false);
  const [saved, setSaved] = useState(false);
  if (data === undefined) return <CenteredProgress label={appText.loading} />;
  if (data === null) return null;

  const canEdit = isApplicationEditable(data.application.status);
  const active = data.assessors.filter((p) => p.active);
  const chosen = active.find((p) => p.id === personId) ?? active[0];
  const conflict = chosen ? data.conflicts.find((c) => c.personId === chosen.id) : undefined;
  const existing = chosen ? data.assessments.find((a) => a.personId === chosen.id) : undefined;
  const chosenDone = existing ? isComplete(data.criteria, existing.scores) : false;
  const hideOthers = scoring && !data.setup.showOthersBeforeScoring && !chosenDone;
  const { scale } = data.setup;

  return (
    <Stack spacing={4}>
      <Typography color="text.secondary">{t.scale(scale.min, scale.max, scale.minLabel, scale.maxLabel)}</Typography>
      {!canEdit ? <Alert severity="info">{t.locked}</Alert> : null}
      <Conflicts data={data} canEdit={canEdit} />

      {canEdit ? (
        <Box component="section" aria-labelledby="score-as-title">
          <Typography id="score-as-title" variant="h2" sx={{ mb: 1.5 }}>
            {t.scoreAs}
          </Typography>
          {active.length === 0 ? (
            <Alert severity="info">{t.noAssessors}</Alert>
          ) : (
            <Stack spacing={2}>
              <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <TextField
                  select
                  size="small"
                  id="score-as"
                  label={t.chooseAssessor}
                  value={chosen?.id ?? ''}
                  disabled={scoring}
                  onChange={(e) => {
                    setPersonId(e.target.value);
                    setSaved(false);
                  }}
                  sx={{ width: 320, maxWidth: '100%' }}
                >
                  {active.map((p) => (
                    <MenuItem key={p.id} value={p.id}>
                      {p.name}
                    </MenuItem>
                  ))}
                </TextField>
                {!scoring ? (
                  <Button
                    variant="contained"
                    disabled={!chosen || Boolean(conflict)}
                    onClick={() => {
                      setScoring(true);
                      setSaved(false);
                    }}
                  >
                    {existing ? t.editScores : t.start}
                  </Button>
                ) : null}
              </Stack>
              {chosen && conflict ? (
                <Alert severity="warning" role="status">
                  {t.conflictBlocks(chosen.name, CONFLICT_GROUND_LABELS[conflict.ground])}
                </Alert>
              ) : null}
              {saved && !scoring ? (
                <Alert severity="success" role="status">
                  {t.saved}
                </Alert>
              ) : null}
              {scoring && chosen ? (
                <ScoreForm
                  key={chosen.id}
                  applicationId={data.application.id}
                  person={chosen}
                  criteria={data.criteria}
                  scale={scale}
                  existing={existing}
                  onDone={(ok) => {
                    setScoring(false);
                    setSaved(ok);
                  }}
                />
              ) : null}
            </Stack>
          )}
        </Box>
      ) : null}

      {hideOthers && chosen ? <Alert severity="info">{t.hiddenUntilScored(chosen.name)}</Alert> : <Summary data={data} />}
    </Stack>
  );
}
