// docs/regelverk.md covers every rule and every call setting the code has: a new screening rule or
// a new setting of a call that is not in the document fails here.
import { describe, expect, it } from 'vitest';
import { CallRulesSchema } from '@renderer/domain/call';
import { screeningRuleIdSchema } from '@renderer/domain/screening';
import { firstTable, readDoc, section, tableNames } from './markdown';

const doc = readDoc('docs/regelverk.md');
const ruleIds = (heading: string) => firstTable(section(doc, heading)).map((row) => /^R\d+/.exec(row[0] ?? '')?.[0]);

describe('docs/regelverk.md', () => {
  it('has one row per rule, R1 to R17, in order', () => {
    expect([...ruleIds('Formell vurdering'), ...ruleIds('Vurdering, vedtak og oppfølging')]).toEqual(
      Array.from({ length: 17 }, (_, i) => `R${i + 1}`),
    );
  });

  it('lists under the formal screening exactly the rules the screening checks', () => {
    expect(ruleIds('Formell vurdering')).toEqual([...screeningRuleIdSchema.options]);
  });

  it('lists every rule setting a call has', () => {
    const listed = tableNames(doc, 'Regelverket i programmet');
    expect(Object.keys(CallRulesSchema.shape).filter((k) => !listed.includes(k))).toEqual([]);
  });
});
