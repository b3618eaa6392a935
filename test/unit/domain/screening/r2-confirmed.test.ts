import { describe, expect, it } from 'vitest';
import { checkR2 } from '@renderer/domain/screening/eligibility';
import { application, call, organisation } from './fixtures';

describe('R2 confirmed once per organisation and call', () => {
  it('asks for judgement until the officer has confirmed the organisation in the call', () => {
    expect(checkR2({ application: application(), organisation: organisation(), call: call() }).result).toBe('skjonn');
    const other = call({ r2Confirmations: [{ organisationId: 'org-2', by: 'Kari', at: '2020-03-01T10:00:00.000Z' }] });
    expect(checkR2({ application: application(), organisation: organisation(), call: other }).result).toBe('skjonn');
  });

  it('passes with who confirmed it and when (Oslo date) once confirmed', () => {
    const confirmed = call({ r2Confirmations: [{ organisationId: 'org-1', by: 'Kari Nordmann', at: '2020-02-29T23:30:00.000Z' }] });
    expect(checkR2({ application: application(), organisation: organisation(), call: confirmed })).toEqual({
      rule: 'R2',
      result: 'bestatt',
      reason:
        'Kari Nordmann bekreftet 01.03.2020 at Frivillig Forening driver frivillig virke på ikke-fortjenestebasert og ' +
        'ikke-offentlig basis; det gjelder alle organisasjonens søknader i utlysningen (R2)',
    });
  });
});
