import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '@renderer/platform/browser-platform';

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  return input;
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('browser platform', () => {
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    clicked = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  });

  afterEach(() => vi.restoreAllMocks());

  it('is the browser kind', () => {
    expect(createBrowserPlatform().kind).toBe('browser');
  });

  it('saves a file as a download with the suggested name and leaves no element behind', async () => {
    const result = await createBrowserPlatform().saveFile({
      suggestedName: 'Vedtak.pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    expect(result).toEqual({ saved: true });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('Vedtak.pdf');
    expect(clicked[0]?.href).toBe('blob:test/1');
    expect(document.querySelector('a')).toBeNull();
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('saves many files as one zip download named after the folder, with unique names inside', async () => {
    const result = await createBrowserPlatform().saveFiles({
      folderName: 'vedtaksbrev-2020',
      files: [
        { name: 'a.pdf', bytes: new Uint8Array([1]) },
        { name: 'a.pdf', bytes: new Uint8Array([2]) },
      ],
    });
    expect(result).toEqual({ saved: true, path: 'vedtaksbrev-2020.zip' });
    expect(clicked[0]?.download).toBe('vedtaksbrev-2020.zip');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['a (2).pdf', 'a.pdf']);
    expect(entries['a (2).pdf']).toEqual(new Uint8Array([2]));
  });

  it('writes a backup as a download of its Blob, as it is, and reports the file name', async () => {
    const data = new Blob([new Uint8Array([80, 75, 3, 4])]);
    const result = await createBrowserPlatform().writeBackup({ fileName: 'sikkerhetskopi-2020-03-01-110000.zip', data });
    expect(result).toEqual({ location: 'sikkerhetskopi-2020-03-01-110000.zip' });
    expect(clicked[0]?.download).toBe('sikkerhetskopi-2020-03-01-110000.zip');
    expect(vi.mocked(URL.createObjectURL).mock.calls.at(-1)?.[0]).toBe(data);
  });

  it('opens a backup of any size as the File itself, to be read in slices', async () => {
    const pending = createBrowserPlatform().openBackupFile({ filters: [{ name: 'Sikkerhetskopier', extensions: ['zip', 'json'] }] });
    const input = fileInput();
    expect(input.accept).toBe('.zip,.json');
    const huge = new File([new Uint8Array([1])], 'sikkerhetskopi.zip');
    Object.defineProperty(huge, 'size', { value: 900 * 1024 * 1024 });
    choose(input, [huge]);
    const opened = await pending;
    expect(opened).toMatchObject({ name: 'sikkerhetskopi.zip', blob: huge, size: 900 * 1024 * 1024 });
    expect(await opened!.read(0, 1)).toEqual(new Uint8Array([1]));
  });

  it('opens the chosen file with its name and bytes, limited to the filter', async () => {
    const pending = createBrowserPlatform().openFile({
      filters: [{ name: 'Regneark', extensions: ['xlsx', 'csv'] }],
    });
    const input = fileInput();
    expect(input.accept).toBe('.xlsx,.csv');
    choose(input, [new File([new Uint8Array([1, 2, 3])], 'søknader.csv')]);

    const opened = await pending;
    expect(opened?.name).toBe('søknader.csv');
    expect(opened?.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves null when the user cancels the file dialog', async () => {
    const pending = createBrowserPlatform().openFile();
    fileInput().dispatchEvent(new Event('cancel'));
    expect(await pending).toBeNull();
  });

  it('refuses files above 200 MB with a Norwegian message', async () => {
    const pending = createBrowserPlatform().openFile();
    const huge = new File([], 'stor.xlsx');
    Object.defineProperty(huge, 'size', { value: 201 * 1024 * 1024 });
    choose(fileInput(), [huge]);
    await expect(pending).rejects.toThrow('Filen er for stor (201 MB)');
  });

  it('opens only http(s) links, without an opener', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const platform = createBrowserPlatform();

    await platform.openExternal('https://www.imdi.no/');
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toThrow('kjente offentlige nettsteder');

    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://www.imdi.no/', '_blank', 'noopener,noreferrer');
  });

  it('reports the app version and browser kind', async () => {
    const info = await createBrowserPlatform().appInfo();
    expect(info).toMatchObject({ name: 'Tilskudd frivillige', kind: 'browser' });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('has no menu commands, and unsubscribing is harmless', () => {
    const unsubscribe = createBrowserPlatform().onMenuCommand(() => {
      throw new Error('never called');
    });
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('getPlatform', () => {
  afterEach(() => {
    delete window.platform;
    vi.resetModules();
  });

  it('prefers the Electron bridge when the preload set one', async () => {
    const bridge = { kind: 'electron' } as unknown as NonNullable<Window['platform']>;
    window.platform = bridge;
    const { getPlatform } = await import('@renderer/platform');
    expect(getPlatform()).toBe(bridge);
    expect(getPlatform()).toBe(getPlatform());
  });

  it('falls back to the browser implementation', async () => {
    const { getPlatform } = await import('@renderer/platform');
    expect(getPlatform().kind).toBe('browser');
    expect(getPlatform()).toBe(getPlatform());
  });
});
