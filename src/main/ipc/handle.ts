// The only way main answers the renderer: check who asks, parse what they ask with zod, run the
// implementation, parse what we answer. Replies are IpcResult envelopes, never thrown errors.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { InvokeChannel, IpcResult } from '@shared/ipc-channels';
import { ipcContract } from '@shared/ipc-contract';
import type { IpcContract, IpcResponse } from '@shared/ipc-contract';
import { isTrustedSender } from '../security/sender-policy';
import { UserFacingError } from './user-facing-error';

/** The request after parsing (defaults applied). */
export type ParsedRequest<C extends InvokeChannel> = z.output<IpcContract[C]['request']>;

export type IpcImplementation<C extends InvokeChannel> = (
  request: ParsedRequest<C>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResponse<C>> | IpcResponse<C>;

export interface HandleOptions {
  /** electron-vite dev server origin; only set when the app is not packaged. */
  devOrigin?: string;
}

export const UNTRUSTED_SENDER_MESSAGE = 'Forespørselen kom fra en ukjent avsender og ble avvist.';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Builds the listener ipcMain.handle runs; exported so it can be tested without ipcMain. */
export function createIpcListener<C extends InvokeChannel>(
  channel: C,
  implementation: IpcImplementation<C>,
  options: HandleOptions = {},
): (event: IpcMainInvokeEvent, raw?: unknown) => Promise<IpcResult<IpcResponse<C>>> {
  const { request: requestSchema, response: responseSchema } = ipcContract[channel];
  return async (event, raw) => {
    const frameUrl = event.senderFrame?.url;
    if (!isTrustedSender(frameUrl, options.devOrigin)) {
      console.warn(`[ipc] ${channel}: rejected sender ${frameUrl ?? '(no frame)'}`);
      return { ok: false, error: UNTRUSTED_SENDER_MESSAGE };
    }

    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Ugyldig forespørsel (${channel}): ${describeIssues(parsed.error)}` };
    }

    let value: unknown;
    try {
      value = await implementation(parsed.data as ParsedRequest<C>, event);
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.message };
      console.error(`[ipc] ${channel} failed`, error);
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `Operasjonen mislyktes: ${detail}` };
    }

    const checked = responseSchema.safeParse(value);
    if (!checked.success) {
      // A bug in main, not the user's fault: log it and say so plainly.
      console.error(`[ipc] ${channel}: invalid response`, checked.error);
      return { ok: false, error: `Intern feil: ugyldig svar (${channel}).` };
    }
    return { ok: true, value: checked.data as IpcResponse<C> };
  };
}

/** Registers one typed channel with ipcMain. */
export function handle<C extends InvokeChannel>(
  channel: C,
  implementation: IpcImplementation<C>,
  options: HandleOptions = {},
): void {
  ipcMain.handle(channel, createIpcListener(channel, implementation, options));
}
