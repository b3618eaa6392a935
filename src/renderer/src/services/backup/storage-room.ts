// Refuses a restore only when the disk cannot hold it: during the restore's one transaction the
// old rows and the new ones both take space, so the new ones must fit in what is free now.
export type StorageEstimate = () => Promise<{ quota?: number; usage?: number }>;

const MB = 1024 * 1024;

export function notEnoughRoomMessage(neededBytes: number, freeBytes: number): string {
  return `Det er ikke nok ledig lagringsplass til å gjenopprette sikkerhetskopien: den trenger omtrent ${Math.ceil(neededBytes / MB)} MB, og det er ${Math.floor(freeBytes / MB)} MB ledig. Frigjør plass på disken og prøv igjen. Ingenting er gjenopprettet.`;
}

/** The message when `neededBytes` do not fit; null when they do or the browser cannot tell. */
export async function roomProblem(
  neededBytes: number,
  estimate: StorageEstimate | undefined = globalThis.navigator?.storage?.estimate?.bind(globalThis.navigator.storage),
): Promise<string | null> {
  if (!estimate) return null;
  let quota: number | undefined, usage: number | undefined;
  try {
    ({ quota, usage } = await estimate());
  } catch {
    return null;
  }
  if (quota === undefined || usage === undefined) return null;
  const free = quota - usage;
  return free < neededBytes ? notEnoughRoomMessage(neededBytes, free) : null;
}
