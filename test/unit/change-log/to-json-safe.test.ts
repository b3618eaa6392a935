import { describe, expect, it } from 'vitest';
import { toJsonSafe } from '@renderer/services/change-log';

/** What toJsonSafe has always given: a fresh copy, field by field. */
function reference(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return { byteLength: value.byteLength };
  if (value instanceof ArrayBuffer) return { byteLength: value.byteLength };
  if (Array.isArray(value)) return value.map(reference);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== 'function') out[k] = reference(v);
    return out;
  }
  return null;
}

const application = {
  id: 'a1',
  title: 'Språkkafé',
  amountAppliedOre: 12_500_00,
  subGoals: ['deltakelse', 'kunnskap'],
  budgetLines: [{ label: 'Leie', amountOre: 5_000_00, note: null }],
  contact: { name: 'Kari', phone: '99999999' },
  flags: [],
};

describe('toJsonSafe', () => {
  it('gives a row that is JSON-safe already back as it is, nested parts included', () => {
    expect(toJsonSafe(application)).toBe(application);
    expect(toJsonSafe(application.budgetLines)).toBe(application.budgetLines);
  });

  it('copies what is not JSON-safe, at any depth, and keeps the safe parts beside it', () => {
    const bytes = new Uint8Array(7);
    const cases: unknown[] = [
      { ...application, note: undefined },
      { ...application, contact: { ...application.contact, email: undefined } },
      { ...application, budgetLines: [{ label: 'Leie', amountOre: Number.NaN }] },
      { ...application, sentAt: new Date('2026-03-01T10:00:00.000Z'), pdf: bytes, buffer: bytes.buffer },
      { ...application, onClick: () => 1 },
      [1, undefined, [2, Infinity], { a: undefined, b: [new Date(0)] }],
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3],
      new Map([['a', 1]]),
      Object.assign(Object.create(null) as object, { a: 1 }),
      JSON.parse('{"__proto__": {"x": 1}, "a": 2}'),
      'tekst',
      -0,
      undefined,
    ];
    for (const value of cases) {
      expect(JSON.stringify(toJsonSafe(value))).toBe(JSON.stringify(reference(value)));
      expect(toJsonSafe(value)).toEqual(reference(value));
    }
    const changed = { ...application, note: undefined };
    const copy = toJsonSafe(changed) as typeof application;
    expect(copy).not.toBe(changed);
    expect(copy).not.toHaveProperty('note');
    expect(copy.budgetLines).toBe(application.budgetLines);
  });
});
