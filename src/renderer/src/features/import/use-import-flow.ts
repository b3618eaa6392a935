// The import's state machine: read the file (in the worker), map columns when needed, check the
// rows, show the preview, then the summary. Nothing here writes to the database.
import { useCallback, useEffect, useRef, useState } from 'react';
import { getDb } from '@renderer/data/db';
import type { ImportResult } from '@renderer/services/import';
import { listImportMappings } from '@renderer/services/import/mappings';
import { importText } from '@renderer/i18n/import';
import {
  ImportFileError,
  createImportParser,
  type ColumnMapping,
  type ImportFileInput,
  type ImportFileSummary,
  type ImportParser,
  type ImportPreview,
} from '@renderer/workers/import-api';
import { findSavedMapping, mappingForHeaders, needsMapping } from './mapping-logic';

export type ImportPhase =
  | { step: 'choose' }
  | { step: 'mapping' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'done'; result: ImportResult };

export interface Busy {
  label: string;
  fraction: number;
}

export interface FileProblem {
  fileName: string;
  message: string;
}

export function useImportFlow() {
  const parser = useRef<ImportParser | null>(null);
  // Bumped on every start, cancel and reset, so a late answer from an old job is ignored.
  const job = useRef(0);
  const [phase, setPhase] = useState<ImportPhase>({ step: 'choose' });
  const [busy, setBusy] = useState<Busy | undefined>();
  const [fileName, setFileName] = useState('');
  const [summary, setSummary] = useState<ImportFileSummary | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [mappingStepUsed, setMappingStepUsed] = useState(false);
  const [appliedMappingName, setAppliedMappingName] = useState<string | undefined>();
  const [problem, setProblem] = useState<FileProblem | undefined>();
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => () => parser.current?.dispose(), []);
  const getParser = () => (parser.current ??= createImportParser());

  const fail = useCallback((name: string, error: unknown, back: ImportPhase) => {
    setBusy(undefined);
    if (error instanceof ImportFileError && error.code === 'avbrutt') {
      setCancelled(true);
    } else if (error instanceof ImportFileError) {
      setProblem({ fileName: name, message: error.message });
    } else {
      console.error(error);
      setProblem({ fileName: name, message: importText.openFailed });
    }
    setPhase(back);
  }, []);

  const checkRows = useCallback(
    async (chosen: ColumnMapping, name: string, backTo: ImportPhase) => {
      const id = ++job.current;
      setBusy({ label: importText.checking, fraction: 0.5 });
      try {
        const preview = await getParser().preview(chosen, (fraction) => {
          if (id === job.current) setBusy({ label: importText.checking, fraction });
        });
        if (id !== job.current) return;
        setBusy(undefined);
        setPhase({ step: 'preview', preview });
      } catch (error) {
        if (id === job.current) fail(name, error, backTo);
      }
    },
    [fail],
  );

  const chooseFile = useCallback(
    async (file: ImportFileInput) => {
      const id = ++job.current;
      setProblem(undefined);
      setCancelled(false);
      setFileName(file.name);
      setPhase({ step: 'choose' });
      setBusy({ label: importText.reading(file.name), fraction: 0 });
      try {
        const read = await getParser().read(file, (fraction) => {
          if (id === job.current) setBusy({ label: importText.reading(file.name), fraction });
        });
        const saved = findSavedMapping(await listImportMappings(getDb()), read.headers);
        if (id !== job.current) return;
        const chosen = saved
          ? { ...read.autoMapping, ...mappingForHeaders(saved.mapping, read.headers) }
          : read.autoMapping;
        setSummary(read);
        setMapping(chosen);
        setAppliedMappingName(saved?.name);
        const mappingNeeded = needsMapping(read.headers, chosen);
        setMappingStepUsed(mappingNeeded);
        if (mappingNeeded) {
          setBusy(undefined);
          setPhase({ step: 'mapping' });
        } else {
          await checkRows(chosen, file.name, { step: 'choose' });
        }
      } catch (error) {
        if (id === job.current) fail(file.name, error, { step: 'choose' });
      }
    },
    [checkRows, fail],
  );

  const confirmMapping = useCallback(() => {
    setCancelled(false);
    void checkRows(mapping, fileName, { step: 'mapping' });
  }, [checkRows, mapping, fileName]);

  const cancel = useCallback(() => {
    // The running job rejects with 'avbrutt'; fail() shows the notice and goes back.
    parser.current?.cancel();
  }, []);

  const editMapping = useCallback(() => {
    setMappingStepUsed(true);
    setPhase({ step: 'mapping' });
  }, []);

  const finish = useCallback((result: ImportResult) => setPhase({ step: 'done', result }), []);

  const reset = useCallback(() => {
    job.current++;
    parser.current?.cancel();
    setBusy(undefined);
    setProblem(undefined);
    setCancelled(false);
    setSummary(undefined);
    setMapping({});
    setAppliedMappingName(undefined);
    setMappingStepUsed(false);
    setPhase({ step: 'choose' });
  }, []);

  return {
    phase,
    busy,
    fileName,
    summary,
    mapping,
    setMapping,
    mappingStepUsed,
    appliedMappingName,
    problem,
    cancelled,
    chooseFile,
    confirmMapping,
    cancel,
    editMapping,
    finish,
    reset,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
