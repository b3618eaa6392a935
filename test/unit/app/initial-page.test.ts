// The page the program opens on, read from the address, decides what is fetched during start-up.
import { describe, expect, it } from 'vitest';
import { areaOfPath, callOfHash, hashPath, isApplicationList, isDecisionList } from '@renderer/app/initial-page';

describe('hashPath', () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/soknader', '/soknader'],
    ['#/soknader/', '/soknader'],
    ['#/soknader?utlysning=abc', '/soknader'],
    ['#/soknader/ny', '/soknader/ny'],
  ])('%j → %s', (hash, path) => {
    expect(hashPath(hash)).toBe(path);
  });
});

describe('areaOfPath', () => {
  it('finds the area of a page and of the pages under it', () => {
    expect(areaOfPath('/')).toBe('overview');
    expect(areaOfPath('/soknader')).toBe('applications');
    expect(areaOfPath('/soknader/123/rediger')).toBe('applications');
    expect(areaOfPath('/innstillinger/brevmal')).toBe('settings');
  });

  it('knows no area for an unknown path, nor for one that only starts like an area', () => {
    expect(areaOfPath('/finnes-ikke')).toBeUndefined();
    expect(areaOfPath('/soknaderx')).toBeUndefined();
  });
});

describe('isApplicationList', () => {
  it('is the list only, not a form or an application', () => {
    expect(isApplicationList('/soknader')).toBe(true);
    expect(isApplicationList('/soknader/ny')).toBe(false);
    expect(isApplicationList('/')).toBe(false);
  });
});

describe('Vedtak og brev at start-up', () => {
  it('knows the list itself, not one decision under it', () => {
    expect(isDecisionList('/vedtak')).toBe(true);
    expect(isDecisionList('/vedtak/app-1')).toBe(false);
    expect(isDecisionList('/soknader')).toBe(false);
  });

  it.each([
    ['#/vedtak?utlysning=call-2020', 'call-2020'],
    ['#/vedtak?vis=innstilt&utlysning=a%20b', 'a b'],
    ['#/vedtak', undefined],
    ['#/vedtak?vis=innstilt', undefined],
  ])('reads the call named in %j', (hash, callId) => {
    expect(callOfHash(hash)).toBe(callId);
  });
});
