import { describe, expect, it } from 'vitest';
import { osloDate } from '@renderer/domain/oslo-date';

describe('osloDate', () => {
  it('gives the Norwegian calendar day, not the UTC one', () => {
    expect(osloDate('2020-03-01T23:30:00.000Z')).toBe('2020-03-02'); // 00:30 in winter (UTC+1)
    expect(osloDate('2020-03-01T22:59:59.000Z')).toBe('2020-03-01');
    expect(osloDate(new Date('2020-06-30T22:15:00.000Z'))).toBe('2020-07-01'); // 00:15 in summer (UTC+2)
    expect(osloDate('2020-06-30T21:59:00.000Z')).toBe('2020-06-30');
  });
});
