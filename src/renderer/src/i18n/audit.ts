// Texts of the data check (kontroll av endringsloggen og dataene) and its anchor.
import { formatNumber, formatTimestamp } from './format';
import { entityLabel } from './change-log';

const n = (count: number, one: string, many: string) => `${formatNumber(count)} ${count === 1 ? one : many}`;

export const auditText = {
  verify: 'Kontroller endringsloggen og dataene',
  verifying: 'Kontrollerer …',
  progressLog: (done: number, total: number) => `Leser endringsloggen: ${formatNumber(done)} av ${formatNumber(total)} oppføringer`,
  progressRecords: (done: number, total: number) => `Sammenligner dataene med loggen: ${formatNumber(done)} av ${formatNumber(total)} rader`,
  allGood: 'Alt som kunne kontrolleres, stemmer.',
  somethingWrong: 'Kontrollen fant feil. Dataene eller endringsloggen er endret utenom programmet.',
  partly: 'Ingen feil funnet i det som ble kontrollert, men ikke alt kunne kontrolleres.',
  checkedTitle: 'Dette ble kontrollert',
  chainOk: (count: number) => `Kjeden: ${n(count, 'oppføring', 'oppføringer')} henger sammen, og ingen er endret.`,
  chainEmpty: 'Kjeden: endringsloggen er tom.',
  chainBroken: (id: number, reason: string) => `Kjeden er brutt ved oppføring ${formatNumber(id)}. ${reason}`,
  recordsOk: (rows: number, tables: number) =>
    `Dataene: ${n(rows, 'rad', 'rader')} i ${n(tables, 'tabell', 'tabeller')} er like det endringsloggen sist skrev.`,
  recordsBad: (count: number, rows: number) =>
    `Dataene: ${n(count, 'rad', 'rader')} av ${formatNumber(rows)} stemmer ikke med endringsloggen.`,
  problem: {
    differs: (table: string, id: string, fields: string[], entryId: number) =>
      `${entityLabel(table)} ${id} er endret utenom programmet: ${fields.join(', ')} er ikke lik det oppføring ${formatNumber(entryId)} i loggen skrev.`,
    unlogged: (table: string, id: string) => `${entityLabel(table)} ${id} finnes, men har ingen oppføring i endringsloggen.`,
    deletedInLog: (table: string, id: string, entryId: number) =>
      `${entityLabel(table)} ${id} finnes, men endringsloggen sier den ble slettet (oppføring ${formatNumber(entryId)}).`,
    missingRow: (table: string, id: string, entryId: number) =>
      `${entityLabel(table)} ${id} mangler, men endringsloggen har ingen sletting av den (siste oppføring ${formatNumber(entryId)}).`,
  },
  moreProblems: (more: number) => `… og ${n(more, 'rad', 'rader')} til.`,
  anchor: {
    matched: (id: number, newer: number) =>
      newer === 0
        ? `Ankeret: loggens siste oppføring (${formatNumber(id)}) er den samme som ankeret som er lagret utenfor databasen.`
        : `Ankeret: oppføring ${formatNumber(id)} er den samme som i ankeret; ${n(newer, 'nyere oppføring', 'nyere oppføringer')} er skrevet etter at ankeret sist ble oppdatert.`,
    matchedBackup: (id: number) =>
      `Ankeret: loggens siste oppføring (${formatNumber(id)}) er den samme som ankeret som ble signert da sikkerhetskopien ble laget.`,
    missing: 'Ankeret mangler: loggen kan ikke kontrolleres for slettede siste oppføringer eller for en kjede som er beregnet på nytt.',
    tailMissing: (anchored: number, last: number) =>
      `Ankeret stemmer ikke: ankeret peker på oppføring ${formatNumber(anchored)}, men loggen slutter ved ${formatNumber(last)}. De siste oppføringene er slettet.`,
    hashMismatch: (anchored: number) =>
      `Ankeret stemmer ikke: oppføring ${formatNumber(anchored)} har en annen kontrollsum enn ankeret. Loggen er endret og kjeden beregnet på nytt.`,
    badSignature: (anchored: number) =>
      `Ankeret (oppføring ${formatNumber(anchored)}) kan ikke bekreftes med denne installasjonens nøkkel: det er laget på en annen maskin, eller det er forfalsket.`,
    keyUnknown: (anchored: number) =>
      `Ankeret (oppføring ${formatNumber(anchored)}) stemmer med loggen, men nøkkelen finnes ikke her, så signaturen kunne ikke kontrolleres.`,
  },
  changedDuring: 'Data ble endret mens kontrollen pågikk. Kjør kontrollen på nytt.',
  details: 'Tekniske detaljer',
  placeFile: 'Ankeret og nøkkelen ligger i programmets datamappe, utenfor databasen (nøkkelen kryptert med operativsystemets nøkkellager der det finnes).',
  placeLocalStorage:
    'Ankeret og nøkkelen ligger i nettleserens localStorage, utenfor databasen. Det avslører endringer i databasen alene, men ikke endringer gjort av noen som har full tilgang til denne nettleserprofilen.',
  placeBackup: 'Ankeret ble lagret i sikkerhetskopien da den ble laget, signert med nøkkelen til installasjonen som laget den.',
  technicalLine: (label: string, value: string) => `${label}: ${value}`,
  anchoredAt: (at: string) => `Ankeret sist oppdatert ${formatTimestamp(at)}`,
  failed: (message: string) => `Kontrollen kunne ikke gjennomføres: ${message}`,
} as const;
