// What confirming would do with the valid rows (create, update, skip), for the current duplicate choice.
// Only reads: planImport writes nothing.
import { useEffect, useState } from 'react';
import { getDb } from '@renderer/data/db';
import { ValidationError } from '@renderer/services/errors';
import { planImport, type DuplicatePolicy, type ImportPlan } from '@renderer/services/import';
import { importText } from '@renderer/i18n/import';
import type { ImportPreview } from '@renderer/workers/import-api';

export function useImportPlan(callId: string, preview: ImportPreview, policy: DuplicatePolicy) {
  const [state, setState] = useState<{ plan?: ImportPlan; error?: string }>({});
  useEffect(() => {
    let current = true;
    setState({});
    planImport(getDb(), callId, preview, { onDuplicate: policy }).then(
      (plan) => current && setState({ plan }),
      (error: unknown) => {
        if (!(error instanceof ValidationError)) console.error(error);
        if (current) setState({ error: error instanceof ValidationError ? error.message : importText.importFailed });
      },
    );
    return () => {
      current = false;
    };
  }, [callId, preview, policy]);
  return state;
}
