// The files received in a case (a report, an appeal, a repayment claim): add, save a copy, remove.
// Any area shows it with the entity the files belong to.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { getDb } from '@renderer/data/db';
import type { AttachmentHead, AttachmentOwner } from '@renderer/domain/attachment';
import { addAttachment, getAttachment, listAttachments, removeAttachment } from '@renderer/services/attachments';
import { defaultContext } from '@renderer/services/context';
import { getPlatform } from '@renderer/platform';
import { attachmentsText as t } from '@renderer/i18n/attachments';
import { formatTimestamp } from '@renderer/i18n/format';
import { ATTACHMENT_EXTENSIONS, mimeTypeOf } from './mime-type';

interface Props {
  ownerTable: AttachmentOwner;
  ownerId: string;
  /** Heading level inside the page; the section is a region named by its heading. */
  headingComponent?: 'h2' | 'h3';
  /** Locked cases can still show their files, but not change them. */
  readOnly?: boolean;
}

type Notice = { severity: 'success' | 'error'; text: string } | null;

export function AttachmentsSection({ ownerTable, ownerId, headingComponent = 'h3', readOnly = false }: Props) {
  const files = useLiveQuery(() => listAttachments(getDb(), ownerTable, ownerId), [ownerTable, ownerId]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<AttachmentHead | null>(null);
  const headingId = `vedlegg-${ownerTable}-${ownerId}`;

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const done = await work();
      if (done) setNotice({ severity: 'success', text: done });
    } catch (e) {
      setNotice({ severity: 'error', text: e instanceof Error && e.message ? e.message : t.failed });
    } finally {
      setBusy(false);
    }
  };

  const add = () =>
    run(async () => {
      const file = await getPlatform().openFile({ filters: [{ name: t.filterName, extensions: ATTACHMENT_EXTENSIONS }] });
      if (!file) return null;
      await addAttachment(defaultContext(), {
        ownerTable, ownerId, fileName: file.name, mimeType: mimeTypeOf(file.name), bytes: file.bytes,
      });
      return t.added(file.name);
    });

  const save = (head: AttachmentHead) =>
    run(async () => {
      const file = await getAttachment(getDb(), head.id);
      const result = await getPlatform().saveFile({ suggestedName: file.fileName, bytes: file.bytes });
      return result.saved ? t.saved(file.fileName) : null;
    });

  const confirmRemove = () => {
    const target = removing;
    setRemoving(null);
    if (!target) return;
    void run(async () => {
      await removeAttachment(defaultContext(), target.id);
      return t.removed(target.fileName);
    });
  };

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={headingId} component={headingComponent} variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t.title}
        </Typography>
        {!readOnly && (
          <Button size="small" startIcon={<AttachFileIcon />} onClick={() => void add()} disabled={busy}>
            {t.add}
          </Button>
        )}
      </Stack>
      <Box role="status" aria-live="polite">
        {notice && (
          <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ mb: 1 }}>
            {notice.text}
          </Alert>
        )}
      </Box>
      {files && files.length === 0 && <Typography color="text.secondary">{t.none}</Typography>}
      {files && files.length > 0 && (
        <List dense aria-label={t.listLabel}>
          {files.map((f) => (
            <ListItem
              key={f.id}
              disableGutters
              secondaryAction={
                <Stack direction="row" spacing={1}>
                  <Button size="small" onClick={() => void save(f)} aria-label={t.openLabel(f.fileName)} disabled={busy}>
                    {t.open}
                  </Button>
                  {!readOnly && (
                    <Button size="small" color="error" onClick={() => setRemoving(f)} aria-label={t.removeLabel(f.fileName)} disabled={busy}>
                      {t.remove}
                    </Button>
                  )}
                </Stack>
              }
            >
              <ListItemText
                primary={f.note ? `${f.fileName} – ${f.note}` : f.fileName}
                secondary={`${t.size(f.sizeBytes)} · ${formatTimestamp(f.createdAt)}`}
                sx={{ pr: readOnly ? 18 : 26 }}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Dialog open={removing !== null} onClose={() => setRemoving(null)} aria-labelledby="fjern-vedlegg">
        <DialogContent>
          <DialogContentText id="fjern-vedlegg">{removing ? t.confirmRemove(removing.fileName) : ''}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>{t.cancel}</Button>
          <Button color="error" onClick={confirmRemove} autoFocus>
            {t.remove}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
