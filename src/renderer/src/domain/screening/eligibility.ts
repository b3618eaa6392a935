// Who may apply and for what: R1 (registered), R2 (voluntary) and R7 (no double funding).
import type { ScreeningRuleResult } from '../screening';
import { ruleResult } from './findings';
import { formatDate } from '../vocabulary/format';
import type { ScreeningInput } from './types';
import { osloDate } from '../oslo-date';

export function checkR1({ organisation }: ScreeningInput): ScreeningRuleResult {
  const checked =
    organisation.registrySource === 'enhetsregisteret' && organisation.registryFileDate
      ? ` (kontrollert mot Enhetsregisteret, fil datert ${formatDate(organisation.registryFileDate)})`
      : organisation.registryCheckedAt
        ? ` (kontrollert ${formatDate(organisation.registryCheckedAt)})`
        : '';
  if (!organisation.registeredInFrivillighetsregisteret) {
    return ruleResult('R1', [
      {
        result: 'ikke_bestatt',
        text: `${organisation.name} er ikke registrert i Frivillighetsregisteret${checked}, og søknaden skal avvises`,
      },
    ]);
  }
  // Konkurs or avvikling does not dismiss by itself, but the officer must look at it.
  const status = [organisation.bankrupt ? 'konkurs' : '', organisation.windingUp ? 'under avvikling' : '']
    .filter(Boolean)
    .join(' og ');
  return ruleResult('R1', [
    { result: 'bestatt', text: `${organisation.name} er registrert i Frivillighetsregisteret${checked}` },
    ...(status
      ? [
          {
            result: 'skjonn' as const,
            text: `${organisation.name} er ${status} ifølge Enhetsregisteret; vurder om organisasjonen kan få tilskudd`,
          },
        ]
      : []),
  ]);
}

/**
 * Non-profit and non-public cannot be read from the data: the officer confirms it, once per
 * organisation and call (call.r2Confirmations); until then the rule asks for judgement.
 */
export function checkR2({ organisation, call }: ScreeningInput): ScreeningRuleResult {
  const confirmed = call.r2Confirmations?.find((c) => c.organisationId === organisation.id);
  if (confirmed) {
    return ruleResult('R2', [
      {
        result: 'bestatt',
        text:
          `${confirmed.by} bekreftet ${formatDate(osloDate(confirmed.at))} at ${organisation.name} driver frivillig virke ` +
          'på ikke-fortjenestebasert og ikke-offentlig basis; det gjelder alle organisasjonens søknader i utlysningen',
      },
    ]);
  }
  return ruleResult('R2', [
    {
      result: 'skjonn',
      text: `Bekreft at ${organisation.name} driver frivillig virke på ikke-fortjenestebasert og ikke-offentlig basis`,
    },
  ]);
}

export function checkR7({ application }: ScreeningInput): ScreeningRuleResult {
  if (application.imdiSameActivity) {
    return ruleResult('R7', [
      {
        result: 'ikke_bestatt',
        text:
          'Samme aktivitet har fått eller søkt tilskudd fra IMDi (også via organisasjonens sentrale ledd), ' +
          'og den kan ikke få støtte fra både IMDi og kommunen',
      },
    ]);
  }
  return ruleResult('R7', [
    {
      result: 'bestatt',
      text: 'Søkeren oppgir at samme aktivitet ikke har fått eller søkt tilskudd fra IMDi, heller ikke via organisasjonens sentrale ledd',
    },
  ]);
}
