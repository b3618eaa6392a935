// R5: kinds and amounts, from the call's rule settings (never from the code), plus the local
// limit on applications per organisation. Exactly at a limit passes.
import type { ScreeningRuleResult } from '../screening';
import { budgetTotalOre } from './budget';
import { ruleResult, type Finding } from './findings';
import { formatKroner } from './format';
import { KIND_PLURAL, ORGANISATION_KIND_LABELS } from './labels';
import type { ScreeningInput } from './types';

function projectFindings({ application, call }: ScreeningInput): Finding[] {
  const applied = application.amountAppliedOre;
  const max = call.rules.projectMaxOre;
  if (applied > max) {
    return [
      {
        result: 'ikke_bestatt',
        text: `Søkt beløp ${formatKroner(applied)} er over maksimumsbeløpet ${formatKroner(max)} for prosjekter`,
      },
    ];
  }
  const total = budgetTotalOre(application);
  if (total > max) {
    return [
      {
        result: 'skjonn',
        text:
          `Søkt beløp ${formatKroner(applied)} er innenfor maksimumsbeløpet ${formatKroner(max)} for prosjekter, ` +
          `men prosjektets budsjett er ${formatKroner(total)}. Vurder om det årlige budsjettet er innenfor grensen`,
      },
    ];
  }
  return [
    {
      result: 'bestatt',
      text: `Søkt beløp ${formatKroner(applied)} er innenfor maksimumsbeløpet ${formatKroner(max)} for prosjekter`,
    },
  ];
}

function singleMeasureFindings({ application, call }: ScreeningInput): Finding[] {
  const applied = application.amountAppliedOre;
  const { singleMeasureMinOre: min, singleMeasureMaxOre: max } = call.rules;
  const kind = KIND_PLURAL[application.kind];
  if (applied < min) {
    return [
      {
        result: 'ikke_bestatt',
        text: `Søkt beløp ${formatKroner(applied)} er under minstebeløpet ${formatKroner(min)} for ${kind}`,
      },
    ];
  }
  if (max !== undefined && applied > max) {
    return [
      {
        result: 'ikke_bestatt',
        text: `Søkt beløp ${formatKroner(applied)} er over kommunens maksimumsbeløp ${formatKroner(max)} for ${kind}`,
      },
    ];
  }
  const limits =
    max === undefined
      ? `minst ${formatKroner(min)}`
      : `minst ${formatKroner(min)} og høyst ${formatKroner(max)}`;
  return [
    { result: 'bestatt', text: `Søkt beløp ${formatKroner(applied)} er innenfor grensen for ${kind} (${limits})` },
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
        ORGANISATION_KIND_LABELS[organisation.kind],
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
