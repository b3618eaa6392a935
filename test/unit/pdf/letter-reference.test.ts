// «Vår ref.» in a letter: the reference given, else the call's case number in the municipality's
// archive, else the year and a short form of the application's id.
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { definitionText } from './definition-text';
import { letterInput } from './letter-fixtures';

const base = letterInput('innvilget');
const ourRef = (input: typeof base) => /Vår ref\. (\S+)/.exec(definitionText(buildDecisionLetter(input)))?.[1];

describe('the letter reference', () => {
  it('uses the call’s archive case number when the letter has no reference of its own', () => {
    expect(ourRef({ ...base, reference: undefined, call: { ...base.call, archiveCaseNumber: '20/04711' } })).toBe('20/04711');
  });

  it('falls back to the year and the first eight letters and digits of the application id, upper-cased', () => {
    expect(ourRef({ ...base, reference: undefined })).toBe('2020/APP1');
    const application = { ...base.application, id: '3f2a9c1b-77d4-4e0a-9a51-0c6f1d2e3b4a' };
    expect(ourRef({ ...base, reference: undefined, application })).toBe('2020/3F2A9C1B');
  });

  it('keeps a reference given for the letter', () => {
    expect(ourRef({ ...base, call: { ...base.call, archiveCaseNumber: '20/04711' } })).toBe('20/01234-7');
  });
});
