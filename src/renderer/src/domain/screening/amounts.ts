// R5: kinds and amounts, from the call's rule settings (never from the code), plus the local
// limit on applications per organisation. Exactly at a limit passes.
import type { ScreeningRuleResult } from '../screening';
import { budgetTotalOre } from './budget';
import { ruleResult, type Finding } from './findings';
import { formatMoney, lowerFirst } from '../vocabulary/format';
import { APPLICATION_KIND_PLURAL, ORGANISATION_KIND_LABELS } from '../vocabulary/terms';
import type { ScreeningInput } from './types';

function projectFindings({ application, call }: ScreeningInput): Finding[] {
  const applied = application.amountAppliedOre;
  const max = call.rules.projectMaxOre;
  if (applied > max) {
    return [
      {
        result: 'ikke_bestatt',
        text: `Søkt beløp ${formatMoney(applied)} er over maksimumsbeløpet ${formatMoney(max)} for prosjekter`,
      },
    ];
  }
  const total = budgetTotalOre(application);
  if (total > max) {
    return [
      {
        result: 'skjonn',
        text:
          `Søkt beløp ${formatMoney(applied)} er innenfor maksimumsbeløpet ${formatMoney(max)} for prosjekter, ` +
          `men prosjektets budsjett er ${formatMoney(total)}. Vurder om det årlige budsjettet er innenfor grensen`,
      },
    ];
  }
  return [
    {
      result: 'bestatt',
      text: `Søkt beløp ${formatMoney(applied)} er innenfor maksimumsbeløpet ${formatMoney(max)} for prosjekter`,
    },
  ];
}

function singleMeasureFindings({ application, call }: ScreeningInput): Finding[] {
  const applied = application.amountAppliedOre;
  const { singleMeasureMinOre: min, singleMeasureMaxOre: max } = call.rules;
  const kind = APPLICATION_KIND_PLURAL[application.kind];
  if (applied < min) {
    return [
      {
        result: 'ikke_bestatt',
        text: `Søkt beløp ${formatMoney(applied)} er under minstebeløpet ${formatMoney(min)} for ${kind}`,
      },
    ];
  }
  if (max !== undefined && applied > max) {
    return [
      {
        result: 'ikke_bestatt',
        text: `Søkt beløp ${formatMoney(applied)} er over kommunens maksimumsbeløp ${formatMoney(max)} for ${kind}`,
      },
    ];
  }
  const limits =
    max === undefined
      ? `minst ${formatMoney(min)}`
      : `minst ${formatMoney(min)} og høyst ${formatMoney(max)}`;
  return [
    { result: 'bestatt', text: `Søkt beløp ${formatMoney(applied)} er innenfor grensen for ${kind} (${limits})` },
  ];
}

function operatingSupportFindings({ organisation }: ScreeningInput): Finding[] {
  if (organisation.kind === 'innvandrerorganisasjon') {
    return [{ result: 'bestatt', text: `Driftsstøtte til ${organisation.name}, som er en lokal innvandrerorganisasjon` }];
  }
  return [
    {
      result: 'ikke_bestatt',
      text:
        `Driftsstøtte kan bare gis til lokale innvandrerorganisasjoner, og ${organisation.name} er registrert som ` +
        lowerFirst(ORGANISATION_KIND_LABELS[organisation.kind]),
    },
  ];
}

function applicationCountFindings(input: ScreeningInput): Finding[] {
  const max = input.call.rules.maxApplicationsPerOrganisation;
  const others = input.otherApplicationsByOrganisationInCall;
  if (max === undefined || others === undefined || others + 1 <= max) return [];
  return [
    {
      result: 'ikke_bestatt',
      text:
        `Organisasjonen har ${others} ${others === 1 ? 'annen søknad' : 'andre søknader'} i utlysningen før denne, ` +
        `og kommunen tillater høyst ${max} ${max === 1 ? 'søknad' : 'søknader'} per søker`,
    },
  ];
}

export function checkR5(input: ScreeningInput): ScreeningRuleResult {
  const byKind =
    input.application.kind === 'prosjekt'
      ? projectFindings(input)
      : input.application.kind === 'drift'
        ? operatingSupportFindings(input)
        : singleMeasureFindings(input);
  return ruleResult('R5', [...byKind, ...applicationCountFindings(input)]);
}
