// Realistic, deterministic bench data: ten yearly calls (nine decided, the current one open),
// organisations applying year after year, distinct titles, descriptions and budget lines of the
// length officers see, screenings, decisions, letters (every one a real, small PDF; a share as large
// as letters with embedded fonts), acceptances (a few grants lapse), payments, reports and the change-log history that created them,
// chained as the program chains it. Every id but the calls' is UUID-shaped, as the program's
// crypto.randomUUID gives them, so a call's rows lie scattered over every index keyed by id, as on
// an officer's PC (sequential ids put them side by side and flattered every read by key). Other
// bench steps import it; relative imports keep it loadable by tsx and by esbuild for the page.
import type { Application, BudgetLine } from '../../src/renderer/src/domain/application';
import type { Call } from '../../src/renderer/src/domain/call';
import { defaultCallRules } from '../../src/renderer/src/domain/call';
import type { ChangeLogEntry } from '../../src/renderer/src/domain/change-log';
import { GENESIS_HASH, entryHash, sha256HexSync } from '../../src/renderer/src/domain/change-log-chain';
import type { Decision, DecisionOutcome } from '../../src/renderer/src/domain/decision';
import type { ValidImportRow } from '../../src/renderer/src/domain/import-row';
import type { Letter, LetterKind } from '../../src/renderer/src/domain/letter';
import type { Organisation } from '../../src/renderer/src/domain/organisation';
import type { Acceptance, AcceptanceChannel } from '../../src/renderer/src/domain/acceptance';
import type { Payment } from '../../src/renderer/src/domain/payment';
import type { Report } from '../../src/renderer/src/domain/report';
import type { Screening } from '../../src/renderer/src/domain/screening';
import { screenApplication } from '../../src/renderer/src/domain/screening/screen-application';
import { summaryRowOf, type ScreeningSummaryRow } from '../../src/renderer/src/domain/screening/summary-row';
import { seededRandom, type Random } from '../../test/fixtures/generator/random';

export interface BenchSize {
  /** All applications over the ten calls. */
  applications: number;
  /** Of those, the open ones in the current call (not yet decided). */
  openInCurrentCall: number;
  organisations: number;
  /** Share of letters as large as a letter with embedded fonts (~60 KB); the rest ~2 KB. */
  largeLetterShare: number;
  /** Applications in each closed call, oldest first (nine); by default the closed ones split evenly. */
  closedCalls?: readonly number[];
  /**
   * Share of applications that reuse the title of the same organisation's earlier application (an
   * activity applied for year after year); 0 by default: every title distinct.
   */
  repeatedTitleShare?: number;
  /**
   * false: no change-log rows. For steps whose pages read only the log's last id: chaining the
   * history (a SHA-256 over every entry) is most of the generator's time at 50 000.
   */
  changeLog?: boolean;
}

/** The issue's database: 50 000 applications over ten years, 37 500 open in this year's call. */
export const FULL_SIZE: BenchSize = { applications: 50_000, openInCurrentCall: 37_500, organisations: 2_000, largeLetterShare: 0.05 };
/** A few hundred rows: the bench's own test runs it inside `npm test`. */
export const TINY_SIZE: BenchSize = { applications: 400, openInCurrentCall: 300, organisations: 40, largeLetterShare: 0.1 };

export interface BenchTables {
  calls: Call[];
  organisations: Organisation[];
  applications: Application[];
  screenings: Screening[];
  screeningSummaries: ScreeningSummaryRow[];
  decisions: Decision[];
  letters: Letter[];
  acceptances: Acceptance[];
  payments: Payment[];
  reports: Report[];
  changeLog: ChangeLogEntry[];
}

export const FIRST_YEAR = 2016;
export const CURRENT_YEAR = 2025;
export const ACTOR = 'Benk Mark';
const KR = 100;

const ORG_WORDS = ['Fellesskap', 'Bro', 'Nabolag', 'Kvinnenettverk', 'Ungdomslag', 'Idrettslag', 'Venneforening', 'Språkkafé', 'Kulturforening', 'Leksehjelp', 'Mødregruppe', 'Sjakklubb', 'Korps', 'Turlag', 'Menighet', 'Pensjonistlag', 'Fotballklubb', 'Husflidslag'];
const ORG_PLACES = ['Sentrum', 'Nord', 'Sør', 'Øst', 'Vest', 'Åsane', 'Fana', 'Laksevåg', 'Årstad', 'Ytrebygda', 'Arna', 'Bergenhus', 'Loddefjord', 'Nesttun', 'Sandviken', 'Møhlenpris'];
const TITLE_WHAT = ['Språkkafé', 'Leksehjelp', 'Turgruppe', 'Foreldremøter', 'Jobbsøkerkurs', 'Fotballtrening', 'Matlagingskurs', 'Mentorordning', 'Samtalegrupper', 'Sykkelkurs', 'Svømmeopplæring', 'Kulturkveld', 'Dialogmøter', 'Norsktrening', 'Datakurs', 'Sommerleir', 'Strikkekafé', 'Friluftsdager', 'Kvinnetrim', 'Nettverksmøter', 'Juridisk veiledning', 'Ferieaktiviteter', 'Musikkverksted', 'Bydelsvandring'];
const TITLE_WHO = ['for nyankomne', 'for kvinner', 'for ungdom', 'i nabolaget', 'på mottaket', 'for familier', 'for seniorer', 'med frivillige', 'om negativ sosial kontroll', 'for alle', 'for enslige mindreårige', 'for fedre', 'for jenter', 'for arbeidsinnvandrere'];
const TITLE_WHEN = ['høst', 'vår', 'hele året', 'i helgene', 'på kveldstid', 'i sommerferien', 'hver onsdag', 'annenhver lørdag'];
const SENTENCES = [
  'Tiltaket skal samle innvandrere og andre innbyggere til faste møteplasser gjennom året.',
  'Frivillige leder aktivitetene, og vi samarbeider med kommunen, biblioteket og nærmiljøet.',
  'Deltakerne får øve på norsk i trygge omgivelser, med samtaleemner fra hverdagen.',
  'Vi når målgruppen gjennom introduksjonsprogrammet, helsestasjonen og egne nettverk.',
  'Aktivitetene er gratis, og barnepass tilbys slik at foreldre kan delta.',
  'Erfaringene fra fjoråret viser at deltakerne kommer tilbake og tar med seg venner.',
  'Vi rapporterer antall deltakere, frivillige timer og hva deltakerne selv sier de har fått ut av tiltaket.',
  'Budsjettet dekker leie av lokaler, materiell, enkel servering og reiseutgifter for frivillige.',
  'Målet er at deltakerne blir kjent med tilbud i kommunen og får et nettverk utenfor familien.',
  'Tiltaket bygger på et samarbeid med to andre organisasjoner som stiller med frivillige.',
];
const BUDGET_LINES: readonly [BudgetLine['category'], string][] = [
  ['aktivitet', 'Materiell og utstyr til aktivitetene'],
  ['aktivitet', 'Servering på samlingene'],
  ['administrasjon', 'Koordinering og oppfølging av frivillige'],
  ['personale', 'Honorar til kursleder'],
  ['drift', 'Leie av lokaler'],
  ['annet', 'Reiseutgifter for frivillige'],
  ['aktivitet', 'Inngangsbilletter og transport på turer'],
  ['anskaffelse', 'Bøker og spill til språkkafeen'],
];
const TARGET_GROUPS = ['flyktninger', 'arbeidsinnvandrere', 'familieinnvandrere', 'mottak', 'lokalbefolkning'] as const;
const KINDS = ['prosjekt', 'enkelttiltak', 'aktivitet', 'drift'] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Ids shaped as crypto.randomUUID's (v4), from a seeded random: the same on every run, each once. */
export function seededUuids(seed: number): () => string {
  const random = seededRandom(seed);
  const given = new Set<string>();
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  const draw = () => {
    const w = Array.from({ length: 8 }, () => random.int(0, 0xffff));
    // Version 4 in the third group's first digit, the variant (8, 9, a or b) in the fourth's.
    return `${hex(w[0]!, 4)}${hex(w[1]!, 4)}-${hex(w[2]!, 4)}-${hex(0x4000 | (w[3]! & 0x0fff), 4)}-${hex(0x8000 | (w[4]! & 0x3fff), 4)}-${hex(w[5]!, 4)}${hex(w[6]!, 4)}${hex(w[7]!, 4)}`;
  };
  return () => {
    let id = draw();
    while (given.has(id)) id = draw();
    given.add(id);
    return id;
  };
}

/** The generator's ids: drawn apart from its other random data, so that stays as it was for a seed. */
const idSeed = (seed: number) => seed ^ 0x5eed1d5;
const at = (date: string) => `${date}T08:00:00.000Z`;

function orgnrFrom(random: Random): string {
  for (;;) {
    const base = String(random.int(80_000_000, 99_999_999));
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(base[i]), 0);
    const remainder = sum % 11;
    if (remainder !== 1) return base + String(remainder === 0 ? 0 : 11 - remainder);
  }
}

/** Three to eight sentences: 250–900 characters, as portal descriptions run. */
function description(random: Random): string {
  const count = random.int(3, 8);
  return Array.from({ length: count }, () => random.pick(SENTENCES)).join(' ');
}

function budgetLines(random: Random, amountKr: number): BudgetLine[] {
  const count = random.int(2, 6);
  const weights = Array.from({ length: count }, () => random.int(1, 10));
  const total = weights.reduce((a, b) => a + b, 0);
  let left = amountKr;
  return weights.map((w, i) => {
    const kr = i === count - 1 ? left : Math.floor((amountKr * w) / total);
    left -= kr;
    const [category, text] = BUDGET_LINES[(i + random.int(0, BUDGET_LINES.length - 1)) % BUDGET_LINES.length]!;
    return { category, description: text, amountOre: kr * KR };
  });
}

/** A valid one-page PDF with the letter's text; `paddingBytes` adds a stream as embedded fonts would. */
export function letterPdf(text: string, paddingBytes: number, random: Random): Uint8Array<ArrayBuffer> {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?');
  const content = `BT /F1 11 Tf 50 780 Td 14 TL (${escaped.slice(0, 90)}) Tj T* (${escaped.slice(90, 180)}) Tj ET`;
  const padding = Array.from({ length: paddingBytes }, () => String.fromCharCode(33 + random.int(0, 90))).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${padding.length} >>\nstream\n${padding}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${pad(o, 10)} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(new TextEncoder().encode(out));
}

const LETTER_KIND: Record<DecisionOutcome, LetterKind> = {
  innvilget: 'innvilgelse',
  delvis_innvilget: 'delvis_innvilgelse',
  avslatt: 'avslag',
  avvist: 'avvisning',
};

/** As the change log stores a row: JSON only, undefined fields left out, bytes as their length. */
function jsonSafe(value: unknown): ChangeLogEntry['after'] {
  if (value === null || value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? { byteLength: v.byteLength } : v))) as ChangeLogEntry['after'];
}

/** Appends change-log rows chained as services/change-log.ts chains them. */
class LogWriter {
  readonly entries: ChangeLogEntry[] = [];
  private prevHash = GENESIS_HASH;
  constructor(private readonly enabled: boolean) {}
  add<T extends { id: string }>(entity: ChangeLogEntry['entity'], when: string, action: ChangeLogEntry['action'], before: unknown, after: T): void {
    if (!this.enabled) return;
    const content = {
      id: this.entries.length + 1,
      at: when,
      actor: ACTOR,
      entity,
      entityId: after.id,
      action,
      before: jsonSafe(before),
      after: jsonSafe(after),
    };
    const hash = entryHash(content, this.prevHash);
    this.entries.push({ ...content, prevHash: this.prevHash, hash } as ChangeLogEntry);
    this.prevHash = hash;
  }
}

function makeCall(year: number, municipalityId: string): Call {
  const created = at(`${year - 1}-11-01`);
  return {
    id: `call-${year}`,
    createdAt: created,
    updatedAt: created,
    year,
    title: `Tilskudd til integreringsarbeid i regi av frivillige organisasjoner ${year}`,
    municipalityId,
    deadline: `${year}-02-05`,
    budgetFrameOre: 12_000_000 * KR,
    prioritisedSubGoal: 'C',
    status: year === CURRENT_YEAR ? 'apen' : 'arkivert',
    rules: defaultCallRules(year),
  };
}

function makeOrganisations(random: Random, count: number, newId: () => string): Organisation[] {
  const seen = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    let orgnr = orgnrFrom(random);
    while (seen.has(orgnr)) orgnr = orgnrFrom(random);
    seen.add(orgnr);
    const created = at(`${FIRST_YEAR - 1}-12-01`);
    return {
      id: newId(),
      createdAt: created,
      updatedAt: created,
      orgnr,
      name: `${random.pick(ORG_WORDS)} ${random.pick(ORG_PLACES)} ${i + 1}`,
      registeredInFrivillighetsregisteret: random.chance(0.93),
      registryCheckedAt: `${FIRST_YEAR}-01-10`,
      kind: random.chance(0.3) ? 'innvandrerorganisasjon' : 'frivillig',
      contactPerson: `Kontakt ${i + 1}`,
      email: `post${i + 1}@example.org`,
      phone: `9${pad(random.int(0, 9_999_999), 7)}`,
    };
  });
}

/** A title no other application has: what, for whom, when, and a running number past the first pass. */
function makeTitle(random: Random, n: number): string {
  const base = `${random.pick(TITLE_WHAT)} ${random.pick(TITLE_WHO)} ${random.pick(TITLE_WHEN)}`;
  return n < 1 ? base : `${base} ${n}`;
}

function makeApplication(random: Random, i: number, id: string, call: Call, organisation: Organisation, title: string, open: boolean): Application {
  const year = call.year;
  const kind = random.pick(KINDS);
  const amountKr = kind === 'prosjekt' ? random.int(50, 1_050) * 1_000 : random.int(5, 60) * 1_000;
  const subGoals = (['A', 'B', 'C'] as const).filter(() => random.chance(0.45));
  if (subGoals.length === 0) subGoals.push(random.pick(['A', 'B', 'C'] as const));
  const day = random.int(1, 35);
  const receivedDate = day <= 31 ? `${year}-01-${pad(day, 2)}` : `${year}-02-${pad(day - 31, 2)}`;
  const receptionCentre = random.chance(0.1);
  return {
    id,
    createdAt: at(receivedDate),
    updatedAt: at(receivedDate),
    callId: call.id,
    organisationId: organisation.id,
    externalId: `P-${year}-${pad(i + 1, 6)}`,
    title,
    description: description(random),
    kind,
    subGoals,
    targetGroups: TARGET_GROUPS.filter(() => random.chance(0.4)),
    amountAppliedOre: amountKr * KR,
    totalBudgetOre: Math.round(amountKr * 1.2) * KR,
    budgetLines: budgetLines(random, amountKr),
    periodFrom: `${year}-03-01`,
    periodTo: `${year}-12-31`,
    location: random.chance(0.02) ? 'kun_utlandet' : random.chance(0.05) ? 'delvis_utlandet' : 'norge',
    imdiSameActivity: random.chance(0.03),
    receptionCentre,
    receptionCentreContact: receptionCentre && random.chance(0.8) ? 'Mottaksleder' : undefined,
    volunteersInvolved: random.int(0, 40),
    receivedDate,
    status: open ? random.pick(['mottatt', 'mottatt', 'under_behandling'] as const) : random.chance(0.04) ? 'trukket' : 'vedtatt',
  };
}

function decide(random: Random, id: string, app: Application, decidedAt: string): Decision {
  const roll = random.next();
  const outcome: DecisionOutcome = roll < 0.45 ? 'innvilget' : roll < 0.7 ? 'delvis_innvilget' : roll < 0.95 ? 'avslatt' : 'avvist';
  const granted =
    outcome === 'innvilget' ? app.amountAppliedOre : outcome === 'delvis_innvilget' ? Math.max(KR, Math.floor(app.amountAppliedOre / 2 / KR) * KR) : 0;
  return {
    id,
    createdAt: at(decidedAt),
    updatedAt: at(decidedAt),
    applicationId: app.id,
    callId: app.callId,
    outcome,
    amountAppliedOre: app.amountAppliedOre,
    amountGrantedOre: granted,
    justification: outcome === 'innvilget' ? '' : `${random.pick(SENTENCES)} Rammen for ${decidedAt.slice(0, 4)} er fordelt etter prioriteringene i utlysningen.`,
    conditions: 'Tilskuddet skal brukes som beskrevet i søknaden. Rapport og regnskap sendes innen fristen.',
    decidedAt,
    decidedBy: ACTOR,
    subGoalSplitOre: granted > 0 ? { [app.subGoals[0]!]: granted } : undefined,
    lockedAt: at(decidedAt),
  };
}

/** Share of grants whose acceptance never came (bortfalt); the rest are accepted within a month. */
const LAPSED_SHARE = 0.03;
const CHANNELS: readonly AcceptanceChannel[] = ['e-post', 'e-post', 'e-post', 'portal', 'brev'];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function acceptanceOf(random: Random, id: string, decisionId: string, decidedAt: string): Acceptance {
  if (random.chance(LAPSED_SHARE)) {
    // Recorded after the three-week deadline and a reminder.
    const lapsedDate = addDays(decidedAt, 45);
    return { id, createdAt: at(lapsedDate), updatedAt: at(lapsedDate), decisionId, status: 'bortfalt', lapsedDate };
  }
  const receivedDate = addDays(decidedAt, random.int(2, 20));
  return { id, createdAt: at(receivedDate), updatedAt: at(receivedDate), decisionId, status: 'akseptert', receivedDate, channel: random.pick(CHANNELS) };
}

export function generateBenchData(size: BenchSize, seed = 2026, municipalityId = '4601'): BenchTables {
  const random = seededRandom(seed);
  const calls = Array.from({ length: CURRENT_YEAR - FIRST_YEAR + 1 }, (_, i) => makeCall(FIRST_YEAR + i, municipalityId));
  const newId = seededUuids(idSeed(seed));
  const organisations = makeOrganisations(random, size.organisations, newId);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const log = new LogWriter(size.changeLog !== false);
  const acceptances = seededRandom(seed + 1);
  const acceptanceIds = seededUuids(idSeed(seed) + 1);
  for (const o of organisations) log.add('organisations', o.createdAt, 'opprettet', null, o);

  const out: BenchTables = { calls, organisations, applications: [], screenings: [], screeningSummaries: [], decisions: [], letters: [], acceptances: [], payments: [], reports: [], changeLog: log.entries };
  const titles = new Set<string>();
  const titlesOf = new Map<string, string[]>();
  const closedPerCall = Math.floor((size.applications - size.openInCurrentCall) / (calls.length - 1));
  const closedCalls = size.closedCalls ?? calls.slice(1).map(() => closedPerCall);
  const repeat = size.repeatedTitleShare ?? 0;
  let n = 0;
  for (const [c, call] of calls.entries()) {
    log.add('calls', call.createdAt, 'opprettet', null, call);
    const open = call.year === CURRENT_YEAR;
    const count = open ? size.openInCurrentCall : (closedCalls[c] ?? 0);
    const decidedAt = `${call.year}-04-15`;
    for (let k = 0; k < count; k++, n++) {
      let title = makeTitle(random, 0);
      for (let extra = 2; titles.has(title); extra++) title = makeTitle(random, extra);
      titles.add(title);
      const organisation = organisations[random.int(0, organisations.length - 1)]!;
      // Drawn only when asked for, so the default data stays the same for the same seed.
      const earlier = repeat > 0 && random.chance(repeat) ? titlesOf.get(organisation.id) : undefined;
      if (earlier) title = earlier[random.int(0, earlier.length - 1)]!;
      else titlesOf.set(organisation.id, [...(titlesOf.get(organisation.id) ?? []), title]);
      const app = makeApplication(random, n, newId(), call, organisation, title, open);
      const screening: Screening = {
        id: newId(),
        createdAt: app.createdAt,
        updatedAt: app.createdAt,
        applicationId: app.id,
        results: screenApplication({ application: app, organisation: orgById.get(app.organisationId)!, call }),
        overrides: [],
        screenedAt: app.createdAt,
      };
      out.screenings.push(screening);
      out.screeningSummaries.push(summaryRowOf(screening, app.callId));
      log.add('applications', app.createdAt, 'opprettet', null, app.status === 'vedtatt' ? { ...app, status: 'mottatt' } : app);
      log.add('screenings', app.createdAt, 'opprettet', null, screening);
      out.applications.push(app);
      if (app.status !== 'vedtatt') continue;

      const decision = decide(random, newId(), app, decidedAt);
      out.decisions.push(decision);
      log.add('decisions', at(decidedAt), 'opprettet', null, { ...decision, lockedAt: undefined });
      log.add('applications', at(decidedAt), 'endret', { ...app, status: 'mottatt' }, app);
      const language = random.chance(0.1) ? 'nn' : 'nb';
      const large = random.chance(size.largeLetterShare);
      const bytes = letterPdf(`${call.title}. Vedtak om tilskudd til ${organisation.name}: ${app.title}.`, large ? 60_000 : 600, random);
      const letter: Letter = {
        id: newId(),
        createdAt: at(decidedAt),
        updatedAt: at(decidedAt),
        decisionId: decision.id,
        kind: LETTER_KIND[decision.outcome],
        language,
        sentDate: decidedAt,
        sha256: sha256HexSync(bytes),
        bytes,
      };
      out.letters.push(letter);
      log.add('letters', letter.createdAt, 'opprettet', null, letter);
      if (decision.amountGrantedOre === 0) continue;

      // The grantee accepts the conditions (R11) before anything is paid; a few never answer and
      // their grant lapses: no payments, no report. Drawn from streams of their own, so the rest of
      // the data is what the same seed gave before acceptances were generated.
      const acceptance = acceptanceOf(acceptances, acceptanceIds(), decision.id, decidedAt);
      out.acceptances.push(acceptance);
      log.add('acceptances', acceptance.createdAt, 'opprettet', null, acceptance);
      if (acceptance.status === 'bortfalt') continue;

      const twoTerms = decision.amountGrantedOre >= 100_000 * KR;
      const first = twoTerms ? Math.floor(decision.amountGrantedOre / 2 / KR) * KR : decision.amountGrantedOre;
      const terms = twoTerms ? [first, decision.amountGrantedOre - first] : [first];
      terms.forEach((amountOre, t) => {
        const dueDate = t === 0 ? `${call.year}-05-15` : `${call.year}-09-15`;
        // Released when the acceptance is recorded (services/acceptance).
        const payment: Payment = { id: newId(), createdAt: acceptance.createdAt, updatedAt: at(dueDate), decisionId: decision.id, callId: decision.callId, term: (t + 1) as 1 | 2, amountOre, dueDate, paidDate: dueDate };
        out.payments.push(payment);
        log.add('payments', acceptance.createdAt, 'opprettet', null, { ...payment, paidDate: undefined });
        log.add('payments', at(dueDate), 'endret', { ...payment, paidDate: undefined }, payment);
      });
      const received = random.chance(0.9);
      const report: Report = {
        id: newId(),
        createdAt: at(decidedAt),
        updatedAt: at(decidedAt),
        decisionId: decision.id,
        callId: decision.callId,
        dueDate: `${call.year + 1}-03-01`,
        receivedDate: received ? `${call.year + 1}-02-${pad(random.int(1, 28), 2)}` : undefined,
        annualReportReceived: received,
        accountsReceived: received,
        auditRequired: decision.amountGrantedOre >= 100_000 * KR,
        auditedAccountsReceived: received && decision.amountGrantedOre >= 100_000 * KR,
        approved: received,
        unusedAmountStated: received,
        unusedAmountOre: 0,
      };
      out.reports.push(report);
      log.add('reports', report.createdAt, 'opprettet', null, report);
    }
  }
  return out;
}

/**
 * `count` import rows for the current call: a third from organisations already known (by orgnr,
 * a few with a changed name), the rest from new ones, each with a title of its own.
 */
export function generateImportRows(data: BenchTables, count: number, seed = 2027): ValidImportRow[] {
  const random = seededRandom(seed);
  const known = data.organisations;
  const year = CURRENT_YEAR;
  const newOrgs = makeOrganisations(seededRandom(seed + 1), Math.max(1, Math.ceil(count / 6)), seededUuids(idSeed(seed + 1))).filter(
    (o) => !known.some((k) => k.orgnr === o.orgnr),
  );
  return Array.from({ length: count }, (_, i) => {
    const org = random.chance(0.33) ? random.pick(known) : random.pick(newOrgs);
    const kind = random.pick(KINDS);
    const amountKr = kind === 'prosjekt' ? random.int(50, 1_050) * 1_000 : random.int(5, 60) * 1_000;
    return {
      row: i + 2,
      organisation: {
        orgnr: org.orgnr,
        name: random.chance(0.02) ? `${org.name} (nytt navn)` : org.name,
        registeredInFrivillighetsregisteret: org.registeredInFrivillighetsregisteret,
        email: org.email,
      },
      application: {
        externalId: `IMP-${year}-${pad(i + 1, 6)}`,
        receivedDate: `${year}-02-${pad(random.int(1, 5), 2)}`,
        title: `${makeTitle(random, 0)} (import ${i + 1})`,
        description: description(random),
        kind,
        subGoals: [random.pick(['A', 'B', 'C'] as const)],
        targetGroups: [random.pick(TARGET_GROUPS)],
        amountAppliedOre: amountKr * KR,
        budgetLines: budgetLines(random, amountKr),
        location: 'norge',
        imdiSameActivity: false,
        receptionCentre: false,
      },
    } as ValidImportRow;
  });
}
