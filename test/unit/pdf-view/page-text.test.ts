import { describe, expect, it } from 'vitest';
import { pageText } from '@renderer/components/pdf/page-text';

describe('pageText', () => {
  it('joins text runs into lines at the ends of lines, skipping marked-content markers', () => {
    const items = [
      { type: 'beginMarkedContent', id: 'p1' },
      { str: 'Vedtak om', hasEOL: false },
      { str: ' ', hasEOL: false },
      { str: 'tilskudd', hasEOL: true },
      { type: 'endMarkedContent' },
      { str: '  Innvilget   beløp: kr 20 000 ', hasEOL: true },
      { str: '', hasEOL: true },
      { str: 'Klage', hasEOL: false },
    ];
    expect(pageText(items)).toBe('Vedtak om tilskudd\nInnvilget beløp: kr 20 000\nKlage');
  });

  it('is empty for a page without text', () => {
    expect(pageText([])).toBe('');
  });
});
