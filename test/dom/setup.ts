import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import Dexie from 'dexie';
import { resetDb } from '@renderer/data/db';

// Pages are lazy modules and IndexedDB is asynchronous: on a busy machine the first render of a
// test can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  // Every test starts on the overview route with no app-wide database opened yet, and nothing
  // remembered from an earlier start (components/shell-hint.ts).
  window.location.hash = '';
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  resetDb();
});
