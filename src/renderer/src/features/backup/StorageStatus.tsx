// Whether the browser promised to keep our data (navigator.storage.persist, asked once at start).
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import { requestPersistentStorage, type StoragePersistence } from '@renderer/services/backup/auto-backup';
import { backupText } from '@renderer/i18n/backup';

const TEXT: Record<StoragePersistence, string> = {
  persisted: backupText.storagePersisted,
  'not-persisted': backupText.storageNotPersisted,
  unsupported: backupText.storageUnsupported,
};

export function StorageStatus() {
  const [state, setState] = useState<StoragePersistence | null>(null);
  useEffect(() => {
    let live = true;
    void requestPersistentStorage().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Alert role="status" severity={state === 'persisted' ? 'success' : state === null ? 'info' : 'warning'} data-testid="storage-status">
      {state ? TEXT[state] : backupText.storageChecking}
    </Alert>
  );
}
