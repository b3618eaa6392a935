// One entry as the program stored it: ids, the raw before/after and the chain's checksums, for
// whoever needs the technical detail behind the readable row.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { formatTimestamp } from '@renderer/domain/vocabulary';
import { changeLogText as t, entityLabel } from '@renderer/i18n/change-log';

const pre = { m: 0, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, fontSize: 13, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 280, overflow: 'auto' } as const;

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <>
      <Typography component="h3" variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
        {label}
      </Typography>
      <Typography component="pre" sx={pre} tabIndex={0} aria-label={label}>
        {value === null || value === undefined ? t.detailNone : JSON.stringify(value, null, 2)}
      </Typography>
    </>
  );
}

export function ChangeLogEntryDialog({ entry, onClose }: { entry: ChangeLogEntry | null; onClose: () => void }) {
  const id = entry?.id ?? 0;
  return (
    <Dialog open={entry !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="change-log-entry-title">
      <DialogTitle id="change-log-entry-title">{t.detailsTitle(id)}</DialogTitle>
      {entry ? (
        <DialogContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t.detailsLead}
          </Typography>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
            {(
              [
                [t.columns.at, formatTimestamp(entry.at)],
                [t.columns.actor, entry.actor],
                [t.columns.action, t.actions[entry.action]],
                [t.detailEntity, `${entityLabel(entry.entity)} (${entry.entity})`],
                [t.detailEntityId, entry.entityId],
                [t.detailHash, entry.hash],
                [t.detailPrevHash, entry.prevHash],
              ] as const
            ).map(([term, value]) => (
              <div key={term} style={{ display: 'contents' }}>
                <Typography component="dt" sx={{ fontWeight: 600 }}>
                  {term}
                </Typography>
                <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere', fontFamily: term === t.detailHash || term === t.detailPrevHash ? 'monospace' : undefined }}>
                  {value}
                </Typography>
              </div>
            ))}
          </dl>
          <Json label={t.detailBefore} value={entry.before} />
          <Json label={t.detailAfter} value={entry.after} />
        </DialogContent>
      ) : null}
      <DialogActions>
        <Button onClick={onClose}>{t.detailsClose}</Button>
      </DialogActions>
    </Dialog>
  );
}
