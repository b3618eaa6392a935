// R6: what the grant does not cover — measures only outside Norway, investments, purchases,
// general operation (except R5 drift) and conferences for public employees.
//
// Partly abroad passes with a note: the scheme excludes only measures that take place *only*
// outside Norway, so asking the officer each time would add work without a rule behind it.
// Only abroad under sub-goal C needs judgement: C allows knowledge exchange with organisations
// in the countries of origin, including Norwegian organisations' measures there.
import type { BudgetCategory } from '../application';
import type { ScreeningRuleResult } from '../screening';
import { budgetTotalOre, sumByCategory } from './budget';
import { ruleResult, type Finding } from './findings';
import { formatMoney, joinNorwegian } from '../vocabulary/format';
import { EXCLUDED_CATEGORY_LABELS } from './labels';
import type { ScreeningInput } from './types';

function locationFinding({ application }: ScreeningInput): Finding {
  switch (application.location) {
    case 'norge':
      return { result: 'bestatt', text: 'Tiltaket foregår i Norge' };
    case 'delvis_utlandet':
      return {
        result: 'bestatt',
        text: 'Tiltaket foregår delvis utenfor Norge, noe som er tillatt; bare tiltak som kun foregår utenfor Norge dekkes ikke',
      };
    case 'kun_utlandet':
      return application.subGoals.includes('C')
        ? {
            result: 'skjonn',
            text:
              'Tiltaket foregår bare utenfor Norge, men gjelder delmål C. Vurder om det er kunnskapsutveksling ' +
              'med organisasjoner i innvandrerbefolkningens opprinnelsesland i regi av en norsk frivillig organisasjon, ' +
              'som kan støttes',
          }
        : {
            result: 'ikke_bestatt',
            text: 'Tiltaket foregår bare utenfor Norge, og slike tiltak dekkes ikke',
          };
  }
}

function excludedCategories(input: ScreeningInput): Array<[BudgetCategory, number, string]> {
  const excluded: Array<[BudgetCategory, number, string]> = [];
  for (const [category, sum] of sumByCategory(input.application)) {
    const label = EXCLUDED_CATEGORY_LABELS[category];
    // Operating costs are what a drift application is for (R5).
    if (!label || sum === 0 || (category === 'drift' && input.application.kind === 'drift')) continue;
    excluded.push([category, sum, label]);
  }
  return excluded;
}

function budgetFinding(input: ScreeningInput): Finding {
  const categories = excludedCategories(input);
  const linesSum = categories.reduce((sum, [, amount]) => sum + amount, 0);
  const selfDeclared = input.application.ineligibleCostsOre ?? 0;
  if (linesSum === 0 && selfDeclared === 0) {
    return { result: 'bestatt', text: 'Budsjettet har ingen kostnader som tilskuddet ikke dekker' };
  }

  const sentences: string[] = [];
  if (categories.length > 0) {
    const parts = joinNorwegian(categories.map(([, amount, label]) => `${formatMoney(amount)} til ${label}`));
    const total = categories.length > 1 ? `, til sammen ${formatMoney(linesSum)}` : '';
    sentences.push(`Budsjettet har ${parts}${total}, som ikke dekkes`);
  }
  if (selfDeclared > 0) {
    sentences.push(`Søkeren har selv oppgitt ${formatMoney(selfDeclared)} i kostnader som ikke dekkes`);
  }
  // Lines and the applicant's own figure may describe the same costs, so the larger counts, not the sum.
  const excluded = Math.max(linesSum, selfDeclared);
  const budget = budgetTotalOre(input.application);
  if (budget > 0 && excluded >= budget) {
    sentences.push(`Det er hele budsjettet (${formatMoney(budget)}), så ingenting i søknaden kan dekkes`);
    return { result: 'ikke_bestatt', text: sentences.join('. ') };
  }
  sentences.push(
    budget > 0
      ? `Vurder søknaden for resten av budsjettet, ${formatMoney(budget - excluded)} av i alt ${formatMoney(budget)}`
      : 'Vurder søknaden for de kostnadene som kan dekkes',
  );
  return { result: 'skjonn', text: sentences.join('. ') };
}

export function checkR6(input: ScreeningInput): ScreeningRuleResult {
  return ruleResult('R6', [locationFinding(input), budgetFinding(input)]);
}
