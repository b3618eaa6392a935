// Every file main writes goes to a temporary sibling first, is flushed to disk, and is then renamed
// over the target: a crash or a full disk never leaves half a file under the real name.
import { open, rename, statfs, unlink } from 'node:fs/promises';

export async function writeFileDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
}

const MB = 1024 * 1024;
/** Room kept free beyond the file itself, so the disk is never filled to the last byte. */
export const DISK_MARGIN_BYTES = 16 * MB;

/** Free bytes for this user on the disk holding `folder`; undefined when the system cannot tell. */
export async function freeBytes(folder: string): Promise<number | undefined> {
  try {
    const stats = await statfs(folder);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return undefined;
  }
}

export function diskFullMessage(neededBytes: number, free: number): string {
  return `Det er ikke nok ledig plass på disken til sikkerhetskopien: den trenger ${Math.ceil(neededBytes / MB)} MB, og det er ${Math.floor(free / MB)} MB ledig. Frigjør plass eller velg en annen mappe i Innstillinger.`;
}

/** The Norwegian message when `bytes` (plus a margin) do not fit in `folder`; null when they do. */
export async function diskRoomProblem(folder: string, bytes: number): Promise<string | null> {
  const free = await freeBytes(folder);
  if (free === undefined) return null;
  return free < bytes + DISK_MARGIN_BYTES ? diskFullMessage(bytes, free) : null;
}
