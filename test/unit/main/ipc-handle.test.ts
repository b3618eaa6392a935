import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Importing the real electron package in plain Node throws; only ipcMain is needed here.
const registered = new Map<string, (event: IpcMainInvokeEvent, raw?: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: IpcMainInvokeEvent, raw?: unknown) => Promise<unknown>) =>
      registered.set(channel, listener),
  },
}));

const { handle, UNTRUSTED_SENDER_MESSAGE } = await import('../../../src/main/ipc/handle');
const { UserFacingError } = await import('../../../src/main/ipc/user-facing-error');
const { InvokeChannel } = await import('../../../src/shared/ipc-channels');

function eventFrom(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

const fromApp = eventFrom('app://tilskudd/index.html');

function listener(channel: string) {
  const found = registered.get(channel);
  if (!found) throw new Error(`no handler for ${channel}`);
  return found;
}

describe('handle()', () => {
  beforeEach(() => registered.clear());

  it('runs the implementation for a trusted sender with a valid request', async () => {
    const impl = vi.fn(async () => ({ location: '/data/sikkerhetskopier/a.json' }));
    handle(InvokeChannel.backupWriteFinish, impl);
    const session = '0b7c2a9e-4c1f-4d7e-9a51-2f7b0f3c8d11';

    const reply = await listener(InvokeChannel.backupWriteFinish)(fromApp, { session });

    expect(reply).toEqual({ ok: true, value: { location: '/data/sikkerhetskopier/a.json' } });
    expect(impl).toHaveBeenCalledWith({ session }, fromApp);
  });

  it('rejects senders that are not app://tilskudd without running the implementation', async () => {
    const impl = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    handle(InvokeChannel.appInfo, impl);

    for (const event of [eventFrom('https://evil.example/'), eventFrom('file:///x.html'), eventFrom(null)]) {
      expect(await listener(InvokeChannel.appInfo)(event, undefined)).toEqual({
        ok: false,
        error: UNTRUSTED_SENDER_MESSAGE,
      });
    }
    expect(impl).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('accepts the dev server only when told its origin', async () => {
    handle(InvokeChannel.openExternal, () => undefined, { devOrigin: 'http://localhost:5173' });
    const reply = await listener(InvokeChannel.openExternal)(eventFrom('http://localhost:5173/'), {
      url: 'https://imdi.no',
    });
    expect(reply).toEqual({ ok: true, value: undefined });
  });

  it('rejects a request that does not match the contract', async () => {
    const impl = vi.fn();
    handle(InvokeChannel.backupWriteStart, impl);
    handle(InvokeChannel.backupWriteChunk, impl);

    const traversal = await listener(InvokeChannel.backupWriteStart)(fromApp, { fileName: '../../.bashrc', size: 0 });
    const notBytes = await listener(InvokeChannel.backupWriteChunk)(fromApp, {
      session: '0b7c2a9e-4c1f-4d7e-9a51-2f7b0f3c8d11',
      bytes: 'x',
    });

    expect(traversal).toMatchObject({ ok: false, error: expect.stringContaining('Ugyldig forespørsel') });
    expect(notBytes).toMatchObject({ ok: false, error: expect.stringContaining('bytes') });
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses to open non-http links', async () => {
    const impl = vi.fn();
    handle(InvokeChannel.openExternal, impl);
    const reply = await listener(InvokeChannel.openExternal)(fromApp, { url: 'file:///C:/evil.exe' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('kjente offentlige nettsteder') });
    expect(impl).not.toHaveBeenCalled();
  });

  it('passes user-facing errors through and wraps unexpected ones', async () => {
    handle(InvokeChannel.openFile, () => {
      throw new UserFacingError('Filen er for stor (300 MB).');
    });
    handle(InvokeChannel.saveFile, () => {
      throw new Error('EACCES');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});

    expect(await listener(InvokeChannel.openFile)(fromApp, undefined)).toEqual({
      ok: false,
      error: 'Filen er for stor (300 MB).',
    });
    expect(
      await listener(InvokeChannel.saveFile)(fromApp, { suggestedName: 'a.pdf', bytes: new Uint8Array() }),
    ).toEqual({ ok: false, error: 'Operasjonen mislyktes: EACCES' });
  });

  it('refuses to return a response that breaks the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    handle(InvokeChannel.backupWriteFinish, () => ({ location: 42 }) as never);
    const reply = await listener(InvokeChannel.backupWriteFinish)(fromApp, { session: '0b7c2a9e-4c1f-4d7e-9a51-2f7b0f3c8d11' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Intern feil') });
  });
});
