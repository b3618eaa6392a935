// canonicalJson takes a direct path for plain data; every stored hash depends on it giving exactly
// the text of the original definition (JSON.stringify with a key-sorting replacer), kept here.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@renderer/domain/change-log-chain';
import { seededRandom, type Random } from '../../fixtures/generator/random';

/** The original definition, as every hash in the chain was made with it. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

const KEYS = ['id', 'a', 'B', 'b', 'ø', 'Å', 'after', 'before', 'z', '', 'aa', 'a b', 'é', '\u{1F600}', 'prevHash', '_x'];
const STRINGS = ['', 'Søknad «æøå»', 'line\nbreak', 'quote " and \\', '\u0000', '\ud800', '2026-02-10T09:00:00.000Z'];
const NUMBERS = [0, -0, 1, -1, 1.5, 1e21, 1e-7, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 123_456_700];

function randomValue(random: Random, depth: number): unknown {
  const kind = random.int(0, depth > 3 ? 4 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.pick([true, false]);
    case 2:
      return random.pick(NUMBERS);
    case 3:
      return random.pick(STRINGS);
    case 4:
      return undefined;
    case 5:
      return Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = random.int(0, 6); i > 0; i--) out[random.pick(KEYS)] = randomValue(random, depth + 1);
      return out;
    }
  }
}

describe('canonicalJson', () => {
  it('gives the original definition’s text for thousands of random plain values', () => {
    const random = seededRandom(15);
    for (let i = 0; i < 5_000; i++) {
      const value = randomValue(random, 0);
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

  it('gives the same text for values that are not plain data', () => {
    const withProto = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    const nullProto = Object.assign(Object.create(null) as object, { b: 1, a: [1, { d: 2, c: 3 }] });
    const cases: unknown[] = [
      { b: 1, '10': 'ten', '9': 'nine', a: { '2': 2, '1': 1 } },
      { when: new Date('2026-02-10T09:00:00.000Z'), bytes: new Uint8Array([3, 1, 2]) },
      { f: () => 1, s: Symbol('s'), list: [() => 1, undefined, Symbol('t')] },
      { own: { toJSON: () => ({ z: 1, y: 2 }) } },
      Object.assign([2, 1], { toJSON: () => 'list' }),
      withProto,
      nullProto,
      new Map([['a', 1]]),
      [, 1, , { b: 2, a: 1 }], // eslint-disable-line no-sparse-arrays
      'text',
      42,
      null,
    ];
    for (const value of cases) expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson(undefined)).toBe(reference(undefined));
  });

  it('fails as JSON.stringify does on what JSON cannot hold', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => reference(cycle)).toThrow(RangeError);
    expect(() => canonicalJson(cycle)).toThrow(RangeError);
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });

  it('leaves the value it is given as it was', () => {
    const value = { b: { d: 1, c: [{ f: 1, e: 2 }] }, a: 1 };
    const copy = structuredClone(value);
    canonicalJson(value);
    expect(value).toEqual(copy);
    expect(Object.keys(value)).toEqual(['b', 'a']);
  });
});
