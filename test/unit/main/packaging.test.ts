// The packaged program's hardening lives in electron-builder.yml: these are the promises it keeps.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
  nsis?: { perMachine?: boolean };
  win?: { forceCodeSigning?: boolean };
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('flips every fuse of the Electron security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in an asar, which the integrity fuse checks', () => {
    expect(config.asar).toBe(true);
  });

  it('builds unsigned when no certificate is configured, and per-user unless IT asks for per-machine', () => {
    expect(config.win?.forceCodeSigning).toBe(false);
    expect(config.nsis?.perMachine).toBe(false);
  });
});
