import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../src/main/security/window-options';

describe('createWindowOptions', () => {
  it('turns on every isolation switch and points at the preload', () => {
    const options = createWindowOptions('/app/out/preload/index.cjs');
    expect(options.title).toBe('Tilskudd frivillige');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('has devtools only in unpackaged runs', () => {
    expect(createWindowOptions('p').webPreferences?.devTools).toBe(false);
    expect(createWindowOptions('p', { isPackaged: true }).webPreferences?.devTools).toBe(false);
    expect(createWindowOptions('p', { isPackaged: false }).webPreferences?.devTools).toBe(true);
  });
});
