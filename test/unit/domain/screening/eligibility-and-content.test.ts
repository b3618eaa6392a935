// R1, R2, R3, R4, R7, R8 and the shape of the whole screening.
import { describe, expect, it } from 'vitest';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { application, call, input, organisation, resultOf } from './fixtures';

describe('screenApplication', () => {
  it('gives one result per rule R1–R8, in rule order, each reason naming its rule', () => {
    const results = screenApplication(input());
    expect(results.map((r) => r.rule)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
    for (const r of results) expect(r.reason).toContain(`(${r.rule})`);
  });

  it('passes a complete, ordinary application on everything but the officer-confirmed R2', () => {
    const results = screenApplication(input());
    expect(results.filter((r) => r.result !== 'bestatt').map((r) => r.rule)).toEqual(['R2']);
  });
});

describe('R1 Frivillighetsregisteret', () => {
  it('fails an unregistered organisation and says the application is to be dismissed', () => {
    const r = resultOf('R1', input({ organisation: organisation({ registeredInFrivillighetsregisteret: false }) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toBe(
      'Frivillig Forening er ikke registrert i Frivillighetsregisteret (kontrollert 03.02.2020), og søknaden skal avvises (R1)',
    );
  });

  it('passes a registered organisation', () => {
    const r = resultOf('R1', input({ organisation: organisation({ registryCheckedAt: undefined }) }));
    expect(r).toEqual({
      rule: 'R1',
      result: 'bestatt',
      reason: 'Frivillig Forening er registrert i Frivillighetsregisteret (R1)',
    });
  });
});

describe('R2 non-profit and non-public', () => {
  it('always asks the officer to confirm, naming the organisation', () => {
    const r = resultOf('R2', input());
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain('Bekreft at Frivillig Forening driver frivillig virke');
    expect(r.reason).toContain('ikke-fortjenestebasert og ikke-offentlig');
  });
});

describe('R3 sub-goals', () => {
  it('fails an application without a sub-goal', () => {
    const r = resultOf('R3', input({ application: application({ subGoals: [] }) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toBe('Søknaden gjelder ikke noe delmål (A, B eller C) (R3)');
  });

  it('names the sub-goals in order', () => {
    const r = resultOf('R3', input({ application: application({ subGoals: ['C', 'A'] }) }));
    expect(r.result).toBe('bestatt');
    expect(r.reason).toBe(
      'Søknaden gjelder delmål A (fellesskap, tillit og tilhørighet i lokalsamfunn) og ' +
        'C (forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse) (R3)',
    );
  });

  it('says when the application addresses the sub-goal the call prioritises', () => {
    const r = resultOf(
      'R3',
      input({ application: application({ subGoals: ['C'] }), call: call({ prioritisedSubGoal: 'C' }) }),
    );
    expect(r.result).toBe('bestatt');
    expect(r.reason).toContain('Utlysningen prioriterer delmål C, og søknaden gjelder dette delmålet');
  });

  it('says when it does not, without failing', () => {
    const r = resultOf('R3', input({ call: call({ prioritisedSubGoal: 'C' }) }));
    expect(r.result).toBe('bestatt');
    expect(r.reason).toContain('Utlysningen prioriterer delmål C, som søknaden ikke gjelder');
  });
});

describe('R4 target groups', () => {
  it('asks for judgement when no target group is given', () => {
    const r = resultOf('R4', input({ application: application({ targetGroups: [] }) }));
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain('Søknaden oppgir ingen målgruppe');
  });

  it('names the target groups', () => {
    const r = resultOf('R4', input({ application: application({ targetGroups: ['flyktninger', 'lokalbefolkning'] }) }));
    expect(r).toEqual({
      rule: 'R4',
      result: 'bestatt',
      reason: 'Målgrupper: flyktninger og befolkningen i lokalsamfunnet generelt (R4)',
    });
  });
});

describe('R7 double funding', () => {
  it('fails when the same activity is funded or applied for at IMDi', () => {
    const r = resultOf('R7', input({ application: application({ imdiSameActivity: true }) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toContain('sentrale ledd');
    expect(r.reason).toContain('både IMDi og kommunen');
  });

  it('passes otherwise', () => {
    expect(resultOf('R7', input()).result).toBe('bestatt');
  });
});

describe('R8 reception centres', () => {
  it('fails a reception-centre measure without a contact person at the centre', () => {
    const r = resultOf('R8', input({ application: application({ receptionCentre: true }) }));
    expect(r).toEqual({
      rule: 'R8',
      result: 'ikke_bestatt',
      reason: 'Tiltaket gjelder beboere i asylmottak, men kontaktperson på mottaket må oppgis (R8)',
    });
  });

  it('treats a blank contact as missing', () => {
    const r = resultOf('R8', input({ application: application({ receptionCentre: true, receptionCentreContact: '  ' }) }));
    expect(r.result).toBe('ikke_bestatt');
  });

  it('passes a reception-centre measure that names the contact person', () => {
    const r = resultOf(
      'R8',
      input({ application: application({ receptionCentre: true, receptionCentreContact: 'Ola Nordmann' }) }),
    );
    expect(r.result).toBe('bestatt');
    expect(r.reason).toContain('kontaktperson på mottaket er oppgitt: Ola Nordmann');
  });

  it('passes as not applicable when the measure is not for reception centres', () => {
    const r = resultOf('R8', input());
    expect(r).toEqual({
      rule: 'R8',
      result: 'bestatt',
      reason: 'Gjelder ikke: tiltaket er ikke rettet mot beboere i asylmottak (R8)',
    });
  });

  it('asks for judgement when the target group is reception-centre residents but the flag is not set', () => {
    const r = resultOf('R8', input({ application: application({ targetGroups: ['mottak'] }) }));
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain('i så fall må kontaktperson på mottaket oppgis');
  });
});
