import { describe, expect, it } from 'vitest';
import { SHELL_HINT_KEY, readShellHint, writeShellHint } from '@renderer/components/shell-hint';

/** A Storage with just what the hint uses; `broken` throws like storage switched off. */
function memoryStorage(initial: Record<string, string> = {}, broken = false): Storage {
  const data = new Map(Object.entries(initial));
  const check = () => {
    if (broken) throw new DOMException('Storage is disabled', 'SecurityError');
  };
  return {
    getItem: (key: string) => (check(), data.get(key) ?? null),
    setItem: (key: string, value: string) => (check(), void data.set(key, value)),
    removeItem: (key: string) => (check(), void data.delete(key)),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('shell hint (what the app bar shows while the database opens)', () => {
  it('is remembered and read back', () => {
    const storage = memoryStorage();
    writeShellHint({ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' }, storage);
    expect(readShellHint(storage)).toEqual({ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' });
  });

  it('is forgotten when the settings are gone', () => {
    const storage = memoryStorage();
    writeShellHint({ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' }, storage);
    writeShellHint(null, storage);
    expect(readShellHint(storage)).toBeNull();
    expect(storage.getItem(SHELL_HINT_KEY)).toBeNull();
  });

  it('is none on a first start', () => {
    expect(readShellHint(memoryStorage())).toBeNull();
  });

  it('ignores a damaged or foreign value instead of failing the start', () => {
    expect(readShellHint(memoryStorage({ [SHELL_HINT_KEY]: '{not json' }))).toBeNull();
    expect(readShellHint(memoryStorage({ [SHELL_HINT_KEY]: '{"municipality":"Bergen kommune"}' }))).toBeNull();
    expect(readShellHint(memoryStorage({ [SHELL_HINT_KEY]: '"Bergen"' }))).toBeNull();
    expect(readShellHint(memoryStorage({ [SHELL_HINT_KEY]: 'null' }))).toBeNull();
  });

  it('keeps only the two fields it knows', () => {
    const stored = JSON.stringify({ municipality: 'Oslo kommune', officerName: 'Ola', extra: 'x' });
    expect(readShellHint(memoryStorage({ [SHELL_HINT_KEY]: stored }))).toEqual({ municipality: 'Oslo kommune', officerName: 'Ola' });
  });

  it('starts as if there were none when storage is switched off, and never throws', () => {
    const storage = memoryStorage({}, true);
    expect(readShellHint(storage)).toBeNull();
    expect(() => writeShellHint({ municipality: 'Oslo kommune', officerName: 'Ola' }, storage)).not.toThrow();
    expect(readShellHint(undefined)).toBeNull();
  });
});
