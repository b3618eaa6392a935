// Reads Oversikt's to-do counts, deadlines and figures off the main thread: the records of ten
// years are read and dropped here, so the page never pauses for their deserialising and collection.
// It only reads; the database is opened by name, as the page has it.
/// <reference lib="webworker" />
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { OverviewReadRequest, OverviewReadResponse } from './protocol';
import { runOverviewRead } from './run';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let db: AppDatabase | undefined;

function databaseNamed(name: string): AppDatabase {
  if (db?.name !== name) {
    db?.close();
    db = openDatabase(name);
  }
  return db;
}

scope.onmessage = async (event: MessageEvent<OverviewReadRequest>) => {
  const { id, dbName, read } = event.data;
  let response: OverviewReadResponse;
  try {
    response = { id, ok: true, value: await runOverviewRead(databaseNamed(dbName), read) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
