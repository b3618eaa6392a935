// The list's quick search: every typed word must occur in the organisation's name, its orgnr,
// the title, the short reference letters print as «Vår ref.», or the organisation's own reference.
import { describe, expect, it } from 'vitest';
import { filterRows, searchTerms } from '@renderer/features/applications/list/search';
import { toApplicationListRow } from '@renderer/services/queries/application-list';
import { application, organisation } from '../domain/screening/fixtures';

const redCross = organisation({ name: 'Bergen Røde Kors', orgnr: '864139442' });
const rows = [
  toApplicationListRow(
    application({ id: '3f2a9c1b-77d4-4e0a-9a51-0c6f1d2e3b4a', title: 'Språkkafé', externalId: 'RK-2020-17' }),
    redCross,
    undefined,
  ),
  toApplicationListRow(application({ id: 'a0b1c2d3-0000-4000-8000-000000000000', title: 'Leksehjelp' }), redCross, undefined),
];
const titles = (query: string) => filterRows(rows, query, {}).map((r) => r.title);

describe('quick search', () => {
  it('joins digit groups typed with spaces, so an orgnr matches however it is written', () => {
    expect(searchTerms('864 139 442')).toEqual(['864139442']);
    expect(titles('864 139 442')).toEqual(['Språkkafé', 'Leksehjelp']);
  });

  it('needs every word, in any case', () => {
    expect(titles('røde SPRÅK')).toEqual(['Språkkafé']);
    expect(titles('røde svømming')).toEqual([]);
  });

  it('finds an application by the short reference in its letters, as quoted back by the organisation', () => {
    expect(titles('3F2A9C1B')).toEqual(['Språkkafé']);
    expect(titles('a0b1c2d3')).toEqual(['Leksehjelp']);
  });

  it('finds it by the whole «Vår ref.» copied from a letter, year included', () => {
    expect(searchTerms('2020/3F2A9C1B')).toEqual(['3f2a9c1b']);
    expect(titles(' 2020/3F2A9C1B ')).toEqual(['Språkkafé']);
    // Only a year and eight letters or digits make a reference; other slashes are searched as typed.
    expect(searchTerms('20/01234')).toEqual(['20/01234']);
    expect(searchTerms('2020/3F2A9C1B9')).toEqual(['2020/3f2a9c1b9']);
  });

  it('finds an application by the organisation’s own reference', () => {
    expect(titles('rk-2020-17')).toEqual(['Språkkafé']);
  });

  it('gives the same rows back when nothing narrows the list', () => {
    expect(filterRows(rows, '  ', {})).toBe(rows);
  });
});

describe('the «only waiting cases» filter Oversikt links with', () => {
  it('keeps the cases not yet decided or withdrawn', () => {
    const statuses = ['mottatt', 'under_behandling', 'vurdert', 'vedtatt', 'avsluttet', 'trukket'] as const;
    const all = statuses.map((status, i) =>
      toApplicationListRow(application({ id: `0000000${i}-0000-4000-8000-000000000000`, title: status, status }), redCross, undefined),
    );
    expect(filterRows(all, '', { pending: true }).map((r) => r.title)).toEqual(['mottatt', 'under_behandling', 'vurdert']);
  });
});
