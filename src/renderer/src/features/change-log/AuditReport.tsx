// The result of the data check in plain Norwegian: a headline, then one line each for the chain,
// the records and the anchor, and the details (every problem row, where the anchor lives) behind a
// disclosure. Used by the change log page and the restore preview.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DataAudit } from '@renderer/services/audit/verify-data';
import type { AnchorStatus } from '@renderer/domain/change-log-anchor';
import type { RecordProblem } from '@renderer/domain/records-audit';
import { auditText } from '@renderer/i18n/audit';

function anchorLine(status: AnchorStatus, inBackup: boolean): string {
  switch (status.kind) {
    case 'matched':
      return inBackup && status.newerEntries === 0
        ? auditText.anchor.matchedBackup(status.anchoredId)
        : auditText.anchor.matched(status.anchoredId, status.newerEntries);
    case 'missing':
      return auditText.anchor.missing;
    case 'tail-missing':
      return auditText.anchor.tailMissing(status.anchoredId, status.lastId);
    case 'hash-mismatch':
      return auditText.anchor.hashMismatch(status.anchoredId);
    case 'bad-signature':
      return auditText.anchor.badSignature(status.anchoredId);
    case 'key-unknown':
      return auditText.anchor.keyUnknown(status.anchoredId);
  }
}

export function problemLine(p: RecordProblem): string {
  switch (p.kind) {
    case 'differs':
      return auditText.problem.differs(p.table, p.id, p.fields, p.lastEntryId);
    case 'unlogged':
      return auditText.problem.unlogged(p.table, p.id);
    case 'deleted-in-log':
      return auditText.problem.deletedInLog(p.table, p.id, p.lastEntryId);
    case 'missing-row':
      return auditText.problem.missingRow(p.table, p.id, p.lastEntryId);
  }
}

type Verdict = 'ok' | 'wrong' | 'partly';

export function auditVerdict(audit: DataAudit): Verdict {
  // A backup from another installation cannot be confirmed with this key: unknown, not proven wrong.
  // The live database's own anchor must always carry this installation's signature.
  const wrongKinds = audit.anchorPlace === 'backup' ? ['tail-missing', 'hash-mismatch'] : ['tail-missing', 'hash-mismatch', 'bad-signature'];
  const anchorWrong = wrongKinds.includes(audit.anchor.kind);
  if (!audit.chain.ok || audit.records.problems.length > 0 || anchorWrong) return 'wrong';
  if (audit.anchor.kind !== 'matched' || audit.changedDuring) return 'partly';
  return 'ok';
}

const SEVERITY = { ok: 'success', wrong: 'error', partly: 'warning' } as const;
const HEADLINE = { ok: auditText.allGood, wrong: auditText.somethingWrong, partly: auditText.partly } as const;

export function AuditReport({ audit }: { audit: DataAudit }) {
  const verdict = auditVerdict(audit);
  const { chain, records } = audit;
  const problemCount = records.problems.length + records.more;
  const place =
    audit.anchorPlace === 'backup' ? auditText.placeBackup : audit.anchorPlace === 'file' ? auditText.placeFile : auditText.placeLocalStorage;
  return (
    <Alert role="none" severity={SEVERITY[verdict]} data-testid="audit-report" data-verdict={verdict}>
      <Typography component="p" sx={{ fontWeight: 600, mb: 1 }}>
        {HEADLINE[verdict]}
      </Typography>
      <Typography component="p" variant="body2" sx={{ mb: 0.5 }}>
        {auditText.checkedTitle}:
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        <li>{chain.ok ? (chain.count === 0 ? auditText.chainEmpty : auditText.chainOk(chain.count)) : auditText.chainBroken(chain.brokenAtId, chain.reason)}</li>
        <li>{problemCount === 0 ? auditText.recordsOk(records.rows, records.tables) : auditText.recordsBad(problemCount, records.rows)}</li>
        <li>{anchorLine(audit.anchor, audit.anchorPlace === 'backup')}</li>
        {audit.changedDuring ? <li>{auditText.changedDuring}</li> : null}
      </Box>
      <Box component="details" sx={{ mt: 1 }}>
        <summary>{auditText.details}</summary>
        {records.problems.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="audit-problems">
            {records.problems.map((p) => (
              <li key={`${p.kind}:${p.table}:${p.id}`}>{problemLine(p)}</li>
            ))}
            {records.more > 0 ? <li>{auditText.moreProblems(records.more)}</li> : null}
          </Box>
        ) : null}
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {place}
        </Typography>
      </Box>
    </Alert>
  );
}
