import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REASON_TEMPLATES,
  reasonText,
  suggestReasonTemplates,
} from '@renderer/domain/decisions/reason-templates';

describe('reason templates', () => {
  it('has the six standard reasons, each with a unique id and text in bokmål and nynorsk', () => {
    expect(DEFAULT_REASON_TEMPLATES.map((t) => t.label)).toEqual([
      'Under minstebeløpet',
      'Ikke registrert i Frivillighetsregisteret',
      'Tiltaket foregår kun utenfor Norge',
      'Investeringer dekkes ikke',
      'Lav måloppnåelse sammenlignet med andre søknader',
      'Rammen er brukt opp',
    ]);
    expect(new Set(DEFAULT_REASON_TEMPLATES.map((t) => t.id)).size).toBe(6);
    for (const t of DEFAULT_REASON_TEMPLATES) {
      expect(t.text.nb.length).toBeGreaterThan(40);
      expect(t.text.nn.length).toBeGreaterThan(40);
      expect(t.text.nn).not.toBe(t.text.nb);
    }
  });

  it('fills the amounts in', () => {
    const minimum = DEFAULT_REASON_TEMPLATES.find((t) => t.id === 'under-minstebelop')!;
    expect(reasonText(minimum, 'nn', { minstebelop: 'kr 10 000' })).toContain('minst kr 10 000');
    const frame = DEFAULT_REASON_TEMPLATES.find((t) => t.id === 'rammen-brukt-opp')!;
    expect(reasonText(frame, 'nb', { aar: '2020' })).toContain('i 2020 er {ramme}');
  });

  it('suggests the templates the screening findings point to', () => {
    const suggested = suggestReasonTemplates([
      { rule: 'R1', result: 'ikke_bestatt', reason: 'Foreningen er ikke registrert i Frivillighetsregisteret, og søknaden skal avvises (R1)' },
      { rule: 'R5', result: 'ikke_bestatt', reason: 'Søkt beløp kr 8 000 er under minstebeløpet kr 10 000 for enkelttiltak (R5)' },
      { rule: 'R6', result: 'skjonn', reason: 'Budsjettet har kr 20 000 til investeringer, som ikke dekkes. Vurder søknaden for resten (R6)' },
    ]);
    expect(suggested.map((t) => t.id)).toEqual(['under-minstebelop', 'ikke-frivillighetsregisteret', 'investeringer']);
  });

  it('suggests nothing for rules that passed', () => {
    expect(suggestReasonTemplates([{ rule: 'R1', result: 'bestatt', reason: 'Registrert i Frivillighetsregisteret (R1)' }])).toEqual([]);
  });
});
