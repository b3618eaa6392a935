// The one door from the renderer to the operating system. The Electron preload and the
// browser each implement it; business code never knows which one it talks to.

export type PlatformKind = 'electron' | 'browser';

export interface FileFilter {
  /** Shown in the dialog, e.g. "PDF-dokumenter". */
  name: string;
  /** Extensions without dot, e.g. ["pdf"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

/** `saved: false` means the user cancelled; `path` is only known in Electron. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

export interface OpenFileRequest {
  filters?: FileFilter[];
}

/** A backup opened to be read in byte ranges, whatever its size (the zip's directory is at its end). */
export interface OpenedBackupFile {
  name: string;
  size: number;
  /** Bytes [start, end) of the file, at most BACKUP_RANGE_MAX_BYTES at a time. */
  read(start: number, end: number): Promise<Uint8Array>;
  /** Lets the file go (Electron closes its handle in main). */
  close(): Promise<void>;
  /** The browser's File, which a worker can read by itself; absent in Electron. */
  blob?: Blob;
}

/** The largest chunk of a backup sent to main in one message, and the largest range read back. */
export const BACKUP_CHUNK_MAX_BYTES = 16 * 1024 * 1024;
export const BACKUP_RANGE_MAX_BYTES = 64 * 1024 * 1024;

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Many files at once (e.g. a batch of letters): in Electron written into a new folder `folderName`
 * inside a folder the user picks; in the browser downloaded as `folderName.zip`.
 */
export interface SaveFilesRequest {
  folderName: string;
  files: NamedFile[];
}

export interface WriteBackupRequest {
  fileName: string;
  /** Electron: keep only this many newest backups in the folder afterwards. Ignored in a browser. */
  keep?: number;
  /**
   * Electron: an absolute folder to write into (chosen with chooseBackupFolder); the default
   * folder under the app's data when absent. Ignored in a browser.
   */
  folder?: string;
}

/**
 * A backup as the renderer hands it over: the file's Blob, built a chunk at a time. Electron writes
 * it to disk a chunk at a time under a temporary name and renames it only when all of it is there.
 */
export interface BackupWrite extends WriteBackupRequest {
  data: Blob;
  /** Bytes written so far of all. */
  onProgress?: (written: number, total: number) => void;
  /** Asked between chunks: when true the temporary file is deleted and the write rejects. */
  isCancelled?: () => boolean;
}

export interface WriteBackupResult {
  /** Where the backup ended up: a full path in Electron, the downloaded file name in a browser. */
  location: string;
}

export interface AppInfo {
  name: string;
  version: string;
  kind: PlatformKind;
  /** Operating system, e.g. "win32", "linux", or the browser's user agent platform. */
  os: string;
  /** Runtime versions worth showing in the About dialog, e.g. { electron: "45.6.1" }. */
  versions: Record<string, string>;
}

/** Commands the native application menu sends to the renderer. */
export type MenuCommand = 'about' | 'settings' | 'backup-now' | 'help';

/** The change log's newest id and hash, signed (HMAC-SHA-256) with a key the database does not hold. */
export interface ChangeLogAnchor {
  lastId: number;
  hash: string;
  mac: string;
  at: string;
}

/**
 * read: the stored anchor; write: sign and store a new one; sign: sign without storing (for a
 * backup); check: whether an anchor's HMAC was made with this installation's key.
 */
export type ChangeLogAnchorRequest =
  | { op: 'read' }
  | { op: 'write'; lastId: number; hash: string; at: string }
  | { op: 'sign'; lastId: number; hash: string; at: string }
  | { op: 'check'; anchor: ChangeLogAnchor };

export interface ChangeLogAnchorResponse {
  anchor: ChangeLogAnchor | null;
  valid?: boolean;
}

export interface Platform {
  readonly kind: PlatformKind;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** `path` is the folder (Electron) or the zip's name (browser). */
  saveFiles(request: SaveFilesRequest): Promise<SaveFileResult>;
  /** Resolves to null when the user cancels. */
  openFile(request?: OpenFileRequest): Promise<OpenedFile | null>;
  /** Resolves to null when the user cancels. No size limit: the file is read in ranges. */
  openBackupFile(request?: OpenFileRequest): Promise<OpenedBackupFile | null>;
  writeBackup(request: BackupWrite): Promise<WriteBackupResult>;
  appInfo(): Promise<AppInfo>;
  /** Opens an http(s) link in the user's browser; other schemes are refused. */
  openExternal(url: string): Promise<void>;
  /** Subscribes to native menu commands (Electron only; a no-op in the browser). Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Runs `task` when the main window is about to close (Electron only; a no-op in the browser).
   * Main waits for it, at most a few seconds, and closes whether it succeeds or fails.
   * Returns an unsubscribe.
   */
  onBeforeQuit(task: () => Promise<void>): () => void;
  /** Opens a native folder dialog (Electron). Resolves to the chosen folder, or null when cancelled or in a browser. */
  chooseBackupFolder(): Promise<string | null>;
  /**
   * The change log's anchor, kept outside IndexedDB with its key: in Electron a file in the user-data
   * folder written by main (the key protected by safeStorage where available); in a browser localStorage.
   */
  changeLogAnchor(request: ChangeLogAnchorRequest): Promise<ChangeLogAnchorResponse>;
}
