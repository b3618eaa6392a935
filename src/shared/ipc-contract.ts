// The single IPC contract: for every channel, the zod schema of the request the renderer sends
// and of the response main returns. Main parses both; the preload only imports the types.
import { z } from 'zod';
import type {
  AppInfo,
  OpenedFile,
  OpenFileRequest,
  SaveFileRequest,
  SaveFilesRequest,
  SaveFileResult,
  WriteBackupRequest,
  WriteBackupResult,
} from './platform';
import { BACKUP_CHUNK_MAX_BYTES, BACKUP_RANGE_MAX_BYTES } from './platform';
import { InvokeChannel } from './ipc-channels';
import { isSafeExternalUrl } from './external-url';

// z.custom keeps the Platform's Uint8Array<ArrayBufferLike>; Buffer (a subclass) passes too.
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'Forventet filinnhold som bytes.',
});

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(200),
  // "*" is the dialogs' "all files" filter; otherwise plain extensions without dot.
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).min(1).max(50),
});

/**
 * A bare file name: no folders, no "..", nothing Windows forbids. Used for backups, which main
 * writes without asking, so the renderer must not be able to choose the folder.
 */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[/\\:*?"<>|\u0000-\u001f]/.test(name), {
    message: 'Filnavnet kan ikke inneholde mapper eller spesialtegn.',
  })
  .refine((name) => !name.startsWith('.') && !/[. ]$/.test(name), {
    message: 'Filnavnet kan ikke starte med punktum eller slutte med punktum eller mellomrom.',
  });

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  bytes: bytesSchema,
  filters: z.array(fileFilterSchema).max(20).optional(),
});
export const saveFileResultSchema = z.object({
  saved: z.boolean(),
  path: z.string().optional(),
});

export const saveFilesRequestSchema = z.object({
  folderName: safeFileNameSchema,
  files: z.array(z.object({ name: safeFileNameSchema, bytes: bytesSchema })).min(1).max(5000),
});

export const openFileRequestSchema = z
  .object({ filters: z.array(fileFilterSchema).max(20).optional() })
  .optional();
export const openFileResultSchema = z.object({ name: z.string(), bytes: bytesSchema }).nullable();

/** A write or read session main holds open for the renderer: an id main made up. */
const sessionSchema = z.string().regex(/^[0-9a-f-]{36}$/, { message: 'Ugyldig økt.' });
const sessionRequestSchema = z.object({ session: sessionSchema });

export const backupWriteStartRequestSchema = z.object({
  fileName: safeFileNameSchema,
  /** The whole file's size, known before the first chunk: the disk's room is checked at the start. */
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  keep: z.number().int().min(1).max(365).optional(),
  // Main checks that it is absolute and usable; here only the obvious garbage is refused.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  folder: z.string().min(1).max(1000).refine((path) => !/[\u0000-\u001f]/.test(path), {
    message: 'Mappenavnet inneholder ugyldige tegn.',
  }).optional(),
});
export const backupWriteStartResultSchema = sessionRequestSchema;
export const backupWriteChunkRequestSchema = z.object({
  session: sessionSchema,
  bytes: bytesSchema.refine((b) => b.byteLength <= BACKUP_CHUNK_MAX_BYTES, { message: 'For stor bit av sikkerhetskopien.' }),
});
export const backupWriteFinishResultSchema = z.object({ location: z.string() });

export const backupReadStartRequestSchema = z.object({ filters: z.array(fileFilterSchema).max(20).optional() }).optional();
export const backupReadStartResultSchema = z
  .object({ session: sessionSchema, name: z.string(), size: z.number().int().nonnegative() })
  .nullable();
export const backupReadRangeRequestSchema = z
  .object({ session: sessionSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((r) => r.end >= r.start && r.end - r.start <= BACKUP_RANGE_MAX_BYTES, { message: 'Ugyldig område av filen.' });

export const appInfoRequestSchema = z.undefined();
export const appInfoResultSchema = z.object({
  name: z.string(),
  version: z.string(),
  kind: z.literal('electron'),
  os: z.string(),
  versions: z.record(z.string(), z.string()),
});

export const openExternalRequestSchema = z.object({
  url: z.string().max(8192).refine(isSafeExternalUrl, {
    message: 'Bare lenker til kjente offentlige nettsteder (som imdi.no og lovdata.no) kan åpnes.',
  }),
});
export const openExternalResultSchema = z.undefined();

export const chooseBackupFolderRequestSchema = z.undefined();
export const chooseBackupFolderResultSchema = z.string().min(1).nullable();

export const quitReadyRequestSchema = z.undefined();
export const quitReadyResultSchema = z.undefined();

const hexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const changeLogAnchorSchema = z.object({
  lastId: z.number().int().nonnegative(),
  hash: hexSchema,
  mac: hexSchema,
  at: z.string().min(1).max(40),
});
const headRequest = { lastId: z.number().int().nonnegative(), hash: hexSchema, at: z.string().min(1).max(40) };
export const changeLogAnchorRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('read') }),
  z.object({ op: z.literal('write'), ...headRequest }),
  z.object({ op: z.literal('sign'), ...headRequest }),
  z.object({ op: z.literal('check'), anchor: changeLogAnchorSchema }),
]);
export const changeLogAnchorResponseSchema = z.object({
  anchor: changeLogAnchorSchema.nullable(),
  valid: z.boolean().optional(),
});

export const ipcContract = {
  [InvokeChannel.saveFile]: { request: saveFileRequestSchema, response: saveFileResultSchema },
  [InvokeChannel.saveFiles]: { request: saveFilesRequestSchema, response: saveFileResultSchema },
  [InvokeChannel.openFile]: { request: openFileRequestSchema, response: openFileResultSchema },
  [InvokeChannel.backupWriteStart]: { request: backupWriteStartRequestSchema, response: backupWriteStartResultSchema },
  [InvokeChannel.backupWriteChunk]: { request: backupWriteChunkRequestSchema, response: z.undefined() },
  [InvokeChannel.backupWriteFinish]: { request: sessionRequestSchema, response: backupWriteFinishResultSchema },
  [InvokeChannel.backupWriteAbort]: { request: sessionRequestSchema, response: z.undefined() },
  [InvokeChannel.backupReadStart]: { request: backupReadStartRequestSchema, response: backupReadStartResultSchema },
  [InvokeChannel.backupReadRange]: { request: backupReadRangeRequestSchema, response: bytesSchema },
  [InvokeChannel.backupReadEnd]: { request: sessionRequestSchema, response: z.undefined() },
  [InvokeChannel.appInfo]: { request: appInfoRequestSchema, response: appInfoResultSchema },
  [InvokeChannel.openExternal]: {
    request: openExternalRequestSchema,
    response: openExternalResultSchema,
  },
  [InvokeChannel.chooseBackupFolder]: {
    request: chooseBackupFolderRequestSchema,
    response: chooseBackupFolderResultSchema,
  },
  [InvokeChannel.quitReady]: { request: quitReadyRequestSchema, response: quitReadyResultSchema },
  [InvokeChannel.changeLogAnchor]: {
    request: changeLogAnchorRequestSchema,
    response: changeLogAnchorResponseSchema,
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
/** What the renderer sends on a channel. */
export type IpcRequest<C extends InvokeChannel> = z.input<IpcContract[C]['request']>;
/** What main hands back on a channel. */
export type IpcResponse<C extends InvokeChannel> = z.output<IpcContract[C]['response']>;

// Compile-time proof that the contract and the Platform interface describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ContractMatchesPlatform = [
  Assert<Same<IpcRequest<typeof InvokeChannel.saveFile>, SaveFileRequest>>,
  Assert<Same<IpcResponse<typeof InvokeChannel.saveFile>, SaveFileResult>>,
  Assert<Same<IpcRequest<typeof InvokeChannel.saveFiles>, SaveFilesRequest>>,
  Assert<Same<IpcRequest<typeof InvokeChannel.openFile>, OpenFileRequest | undefined>>,
  Assert<Same<IpcResponse<typeof InvokeChannel.openFile>, OpenedFile | null>>,
  Assert<Same<IpcRequest<typeof InvokeChannel.backupWriteStart>, WriteBackupRequest & { size: number }>>,
  Assert<Same<IpcResponse<typeof InvokeChannel.backupWriteFinish>, WriteBackupResult>>,
  Assert<IpcResponse<typeof InvokeChannel.appInfo> extends AppInfo ? true : false>,
  Assert<Same<IpcResponse<typeof InvokeChannel.chooseBackupFolder>, string | null>>,
];
