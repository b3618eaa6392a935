// The reasons follow the real screening: «oppfyller kravene» only when every rule passed or was
// confirmed; an overridden failure is stated with the officer's assessment; a dismissal names the
// requirement not met and labels nothing an assessment; reasons in the letter's written language;
// the officer's own contact details and signatory titles per language.
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import type { ScreeningBasis } from '@renderer/domain/decisions/screening-basis-type';
import { screeningBasisOf } from '@renderer/domain/decisions/screening-basis';
import { letterCaseOfficer } from '@renderer/domain/decisions/letterhead';
import { missingReasonLanguage } from '@renderer/domain/decisions/reason-language';
import { STANDARD_LAW_REFERENCES } from '@renderer/domain/letter-texts/law-references';
import { definitionText } from './definition-text';
import { letterInput } from './letter-fixtures';

const text = (...args: Parameters<typeof letterInput>) => definitionText(buildDecisionLetter(letterInput(...args)));

const MET: ScreeningBasis = { allMet: true, failed: [], overridden: [] };
const OVERRIDDEN: ScreeningBasis = {
  allMet: false,
  failed: [],
  overridden: [
    {
      rule: 'R5',
      reason: 'Enkelttiltaket gjelder kr 5 000, under minstebeløpet kr 10 000',
      overrideReason: 'Tiltaket er del av et større samarbeid der kommunen dekker resten; kravet er oppfylt i sak.',
    },
  ],
};

describe('the reasons follow the screening', () => {
  it('states that the requirements are met only when the screening says so', () => {
    const t = text('innvilget', { screeningBasis: MET });
    expect(t).toContain('Formelle krav: Søknaden oppfyller de formelle kravene i regelverket.');
    expect(t).toContain('Vurdering og hovedhensyn: Søknaden oppfyller kravene i regelverket');
  });

  it('gives the officer’s assessment of an overridden failed rule instead of «oppfyller kravene»', () => {
    const t = text('innvilget', { screeningBasis: OVERRIDDEN });
    expect(t).not.toContain('oppfyller kravene');
    expect(t).not.toContain('oppfyller de formelle kravene i regelverket.');
    expect(t).toContain(
      'Formelle krav: Kravet om type tiltak og beløpsgrenser var ikke oppfylt etter den formelle kontrollen (Enkelttiltaket gjelder kr 5 000, under minstebeløpet kr 10 000). Saksbehandlerens vurdering: Tiltaket er del av et større samarbeid der kommunen dekker resten; kravet er oppfylt i sak.',
    );
    expect(t).toContain('Vurdering og hovedhensyn: Kommunen har vurdert søknaden etter kriteriene');
  });

  it('claims nothing about the requirements when the screening is not known, and states an open judgement honestly', () => {
    expect(text('innvilget')).not.toContain('oppfyller kravene');
    const open = text('innvilget', { screeningBasis: { allMet: false, failed: [], overridden: [] } });
    expect(open).not.toContain('oppfyller kravene');
    expect(open).not.toContain('oppfyller de formelle kravene');
  });

  it('names a failed rule in a rejection', () => {
    const t = text('avslatt', { screeningBasis: { allMet: false, failed: [{ rule: 'R7', reason: 'Tiltaket får alt tilskudd fra IMDi' }], overridden: [] } });
    expect(t).toContain('Formelle krav: Søknaden oppfyller ikke kravet om at tiltaket ikke får tilskudd fra IMDi i tillegg: Tiltaket får alt tilskudd fra IMDi.');
  });

  it('names the formal requirement a dismissal rests on, and labels nothing as an assessment', () => {
    const basis: ScreeningBasis = { allMet: false, failed: [{ rule: 'R1', reason: 'Organisasjonen står ikke i Frivillighetsregisteret' }], overridden: [] };
    for (const [language, label, requirement, notAssessed] of [
      ['nb', 'Krav som ikke er oppfylt:', 'Søknaden oppfyller ikke kravet om registrering i Frivillighetsregisteret', 'Vurdering og hovedhensyn'],
      ['nn', 'Krav som ikkje er oppfylte:', 'Søknaden oppfyller ikkje kravet om registrering i Frivilligregisteret', 'Vurdering og hovudomsyn'],
    ] as const) {
      const t = text('avvist', { language, screeningBasis: basis, justification: 'Søknaden kan ikke behandles.' });
      expect(t).toContain(`${label} ${requirement}: Organisasjonen står ikke i Frivillighetsregisteret.`);
      expect(t).not.toContain(notAssessed);
    }
  });
});

describe('reasons in the letter’s language', () => {
  const decision = (over: object) => ({ ...letterInput('avslatt').decision, ...over });

  it('uses the nynorsk reasons in a nynorsk letter and the bokmål ones in a bokmål letter', () => {
    const input = letterInput('avslatt', { language: 'nn' });
    const nn = definitionText(buildDecisionLetter({ ...input, decision: decision({ justification: 'Bokmålstekst.', justificationNn: 'Nynorsktekst.' }) }));
    expect(nn).toContain('Vurdering og hovudomsyn: Nynorsktekst.');
    expect(nn).not.toContain('Bokmålstekst');
    const nb = definitionText(buildDecisionLetter({ ...letterInput('avslatt'), decision: decision({ justification: 'Bokmålstekst.', justificationNn: 'Nynorsktekst.' }) }));
    expect(nb).toContain('Vurdering og hovedhensyn: Bokmålstekst.');
  });

  it('says when the reasons are missing in the letter’s language', () => {
    expect(missingReasonLanguage({ justification: 'Tekst.' }, 'nn')).toBe(true);
    expect(missingReasonLanguage({ justification: 'Tekst.', justificationNn: '  ' }, 'nn')).toBe(true);
    expect(missingReasonLanguage({ justification: 'Tekst.', justificationNn: 'Tekst.' }, 'nn')).toBe(false);
    expect(missingReasonLanguage({ justification: 'Tekst.' }, 'nb')).toBe(false);
    expect(missingReasonLanguage({ justification: '', justificationNn: 'Tekst.' }, 'nb')).toBe(true);
    // A full grant without reasons needs none in either language.
    expect(missingReasonLanguage({ justification: '' }, 'nn')).toBe(false);
  });
});

describe('screeningBasisOf', () => {
  const at = '2020-03-01T10:00:00.000Z';
  it('reports all met only when every rule passed or an open judgement was confirmed', () => {
    const results = [
      { rule: 'R1' as const, result: 'bestatt' as const, reason: 'Registrert' },
      { rule: 'R2' as const, result: 'skjonn' as const, reason: 'Saksbehandler må bekrefte' },
    ];
    expect(screeningBasisOf({ results, overrides: [] })).toEqual({ allMet: false, failed: [], overridden: [] });
    const confirmed = [{ rule: 'R2' as const, result: 'bestatt' as const, reason: 'Ideell forening', by: 'Kari', at }];
    expect(screeningBasisOf({ results, overrides: confirmed })).toEqual({ allMet: true, failed: [], overridden: [] });
  });

  it('lists a failed rule, and an overridden one with the override’s reason', () => {
    const results = [
      { rule: 'R5' as const, result: 'ikke_bestatt' as const, reason: 'Under minstebeløpet' },
      { rule: 'R7' as const, result: 'ikke_bestatt' as const, reason: 'Dobbeltfinansiering' },
    ];
    const overrides = [{ rule: 'R5' as const, result: 'bestatt' as const, reason: 'Del av større tiltak', by: 'Kari', at }];
    expect(screeningBasisOf({ results, overrides })).toEqual({
      allMet: false,
      failed: [{ rule: 'R7', reason: 'Dobbeltfinansiering' }],
      overridden: [{ rule: 'R5', reason: 'Under minstebeløpet', overrideReason: 'Del av større tiltak' }],
    });
  });
});

describe('contact details and signatures', () => {
  const letterhead = letterInput('innvilget').letterhead;

  it('gives the deciding officer’s own phone and e-mail, never the municipality’s general ones', () => {
    const officer = letterCaseOfficer('Kari Nordmann', { officerName: 'Kari Nordmann', officerPhone: '55 56 12 34', officerEmail: 'kari.nordmann@bergen.kommune.no' }, letterhead);
    expect(officer).toEqual({ name: 'Kari Nordmann', phone: '55 56 12 34', email: 'kari.nordmann@bergen.kommune.no' });
    const t = definitionText(buildDecisionLetter({ ...letterInput('innvilget'), letterhead: { ...letterhead, caseOfficer: officer } }));
    expect(t).toContain('kontakte saksbehandler Kari Nordmann, telefon 55 56 12 34, e-post kari.nordmann@bergen.kommune.no.');
  });

  it('gives no contact details rather than someone else’s', () => {
    const officer = letterCaseOfficer('Ola Hansen', { officerName: 'Kari Nordmann', officerPhone: '55 56 12 34' }, letterhead);
    expect(officer).toEqual({ name: 'Ola Hansen' });
    const t = definitionText(buildDecisionLetter({ ...letterInput('innvilget'), letterhead: { ...letterhead, caseOfficer: officer } }));
    expect(t).toContain('kontakte saksbehandler Ola Hansen.');
    expect(t).not.toMatch(/Ola Hansen, telefon/);
  });

  it('gives each signatory’s title in the letter’s language', () => {
    const signatories = [{ name: 'Hilde Vik', title: 'etatsdirektør', titleNn: 'etatsdirektør' }, { name: 'Sølve Sætre', title: 'saksbehandler', titleNn: 'saksbehandlar' }];
    const nn = definitionText(buildDecisionLetter({ ...letterInput('avslatt', { language: 'nn' }), letterhead: { ...letterhead, signatories } }));
    expect(nn).toContain('Sølve Sætre saksbehandlar');
    const nb = definitionText(buildDecisionLetter({ ...letterInput('avslatt'), letterhead: { ...letterhead, signatories } }));
    expect(nb).toContain('Sølve Sætre saksbehandler');
  });
});

describe('dated law references in the letter', () => {
  it('cites the references in force on the letter’s date', () => {
    const later = [{ validFrom: '2025-01-01', refs: { ...STANDARD_LAW_REFERENCES.refs, auditControl: { paragraph: '4-2', ledd: 1 } } }];
    const before = text('innvilget', { lawReferences: later });
    expect(before).toContain('riksrevisjonsloven § 12 tredje ledd');
    const after = text('innvilget', { lawReferences: later, letterDate: '2025-03-10' });
    expect(after).toContain('riksrevisjonsloven § 4-2 første ledd');
    expect(after).not.toContain('§ 12 tredje ledd');
  });
});

describe('operating support (drift) letters', () => {
  it.each(['nb', 'nn'] as const)('name the measure in a whole sentence and the rules mention operating support, in %s', (language) => {
    const base = letterInput('innvilget', { language });
    const t = definitionText(buildDecisionLetter({ ...base, application: { ...base.application, kind: 'drift', title: 'Driftsstøtte 2020' } }));
    expect(t).toContain('til drift av organisasjonen (søknaden «Driftsstøtte 2020»)');
    expect(t).not.toMatch(/organisasjonen, «/);
    expect(t).toMatch(language === 'nb' ? /lokale innvandrerorganisasjoner kan få driftsstøtte/ : /lokale innvandrarorganisasjonar kan få driftsstøtte/);
  });
});
