// The reading itself, shared by the worker and the main-thread fallback: progress in whole percent,
// so a big file does not flood the page with messages.
import { bytesToStream, readRegisterFile, type RegisterReadResult } from '@renderer/documents/register';

export async function runRegisterRead(
  bytes: Uint8Array,
  knownOrgnrs: readonly string[],
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<RegisterReadResult> {
  let lastPercent = -1;
  return readRegisterFile(bytesToStream(bytes), {
    knownOrgnrs: new Set(knownOrgnrs),
    totalBytes: bytes.length,
    signal,
    onProgress: (read, total) => {
      const percent = total ? Math.floor((read / total) * 100) : 0;
      if (percent === lastPercent) return;
      lastPercent = percent;
      onProgress(percent / 100);
    },
  });
}
