// A backup never crosses IPC as one buffer. Writing: a session opens a temporary file beside the
// target in the backup folder, chunks are appended in order, and finish flushes it to disk and
// renames it to the real name (a crash or a cancel never leaves half a backup under that name);
// abort deletes it. Reading: a session holds the chosen file open and hands out byte ranges, as
// the zip reader needs (its directory is at the end). Pure Node: tested with a temp folder.
import { randomUUID } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';

interface WriteSession {
  handle: FileHandle;
  temporary: string;
  target: string;
  folder: string;
  expected: number;
  written: number;
}

interface ReadSession {
  handle: FileHandle;
  size: number;
}

export class BackupSessionError extends Error {}

export const UNKNOWN_SESSION = 'Sikkerhetskopien er ikke lenger åpen. Prøv på nytt.';
const TOO_MANY = 'For mange sikkerhetskopier er åpne samtidig. Vent til de andre er ferdige.';
const MAX_SESSIONS = 4;

export function sizeMismatchMessage(expected: number, written: number): string {
  return `Sikkerhetskopien ble ikke skrevet ferdig: ${written} av ${expected} byte kom fram. Den er ikke lagret.`;
}

/** The temporary name a write session uses: beside the target, never matching a backup's name. */
export function temporaryNameFor(target: string, id: string): string {
  return `${target}.${id}.tmp`;
}

export class BackupSessions {
  private readonly writes = new Map<string, WriteSession>();
  private readonly reads = new Map<string, ReadSession>();

  constructor(private readonly newId: () => string = randomUUID) {}

  /** Opens `<target>.<id>.tmp` for writing `expected` bytes; the session's id. */
  async startWrite(folder: string, target: string, expected: number): Promise<string> {
    if (this.writes.size >= MAX_SESSIONS) throw new BackupSessionError(TOO_MANY);
    const id = this.newId();
    const temporary = temporaryNameFor(target, id);
    const handle = await open(temporary, 'wx');
    this.writes.set(id, { handle, temporary, target, folder, expected, written: 0 });
    return id;
  }

  /** Appends one chunk. A failure (a full disk) ends the session and deletes the temporary file. */
  async append(id: string, bytes: Uint8Array): Promise<void> {
    const session = this.write(id);
    if (session.written + bytes.byteLength > session.expected) {
      await this.abort(id);
      throw new BackupSessionError(sizeMismatchMessage(session.expected, session.written + bytes.byteLength));
    }
    try {
      let done = 0;
      while (done < bytes.byteLength) {
        const { bytesWritten } = await session.handle.write(bytes, done, bytes.byteLength - done, session.written + done);
        done += bytesWritten;
      }
      session.written += done;
    } catch (error) {
      await this.abort(id);
      throw error;
    }
  }

  /** Flushes, closes and renames to the real name; the target and its folder. */
  async finish(id: string): Promise<{ target: string; folder: string }> {
    const session = this.write(id);
    if (session.written !== session.expected) {
      await this.abort(id);
      throw new BackupSessionError(sizeMismatchMessage(session.expected, session.written));
    }
    this.writes.delete(id);
    try {
      await session.handle.sync();
      await session.handle.close();
      await rename(session.temporary, session.target);
    } catch (error) {
      await session.handle.close().catch(() => undefined);
      await unlink(session.temporary).catch(() => undefined);
      throw error;
    }
    return { target: session.target, folder: session.folder };
  }

  /** Deletes the temporary file; an unknown or finished session is left alone. */
  async abort(id: string): Promise<void> {
    const session = this.writes.get(id);
    if (!session) return;
    this.writes.delete(id);
    await session.handle.close().catch(() => undefined);
    await unlink(session.temporary).catch(() => undefined);
  }

  /** Opens a file to be read in ranges; its session id and size. */
  async startRead(path: string): Promise<{ id: string; size: number }> {
    if (this.reads.size >= MAX_SESSIONS) throw new BackupSessionError(TOO_MANY);
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      const id = this.newId();
      this.reads.set(id, { handle, size });
      return { id, size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Bytes [start, end) of the file, cut at its end. */
  async read(id: string, start: number, end: number): Promise<Uint8Array> {
    const session = this.reads.get(id);
    if (!session) throw new BackupSessionError(UNKNOWN_SESSION);
    const length = Math.max(0, Math.min(end, session.size) - start);
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await session.handle.read(out, done, length - done, start + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === length ? out : out.subarray(0, done);
  }

  async endRead(id: string): Promise<void> {
    const session = this.reads.get(id);
    this.reads.delete(id);
    await session?.handle.close().catch(() => undefined);
  }

  /** Everything open is let go (the window closed): unfinished writes leave no file behind. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.writes.keys()].map((id) => this.abort(id)));
    await Promise.all([...this.reads.keys()].map((id) => this.endRead(id)));
  }

  private write(id: string): WriteSession {
    const session = this.writes.get(id);
    if (!session) throw new BackupSessionError(UNKNOWN_SESSION);
    return session;
  }
}
