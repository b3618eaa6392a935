// The case file for IMDi (klagesak): a summary of the case as the records show it – the
// application, the formal screening, any assessment, the decision, the appeal and the
// municipality's comments – followed (merge-pdfs.ts) by the decision letter as sent and the
// appeal's own PDF files. In bokmål: it is a document to the appeal body, not to the party.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Appeal } from '@renderer/domain/appeal';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { caseReference } from '@renderer/domain/case-reference';
import type { Decision } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import type { Organisation } from '@renderer/domain/organisation';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { ARCHIVAL_OPTIONS } from './archival';
import {
  LETTER_PAGE,
  factsTable,
  footer,
  keepHeadingsWithText,
  labelled,
  letterheadBlock,
  paragraph,
  section,
} from './letter-layout';
import { formatOrgnr } from '@renderer/domain/vocabulary';

/** Display words the caller takes from the program's vocabulary (documents may not import i18n). */
export interface CaseFileWords {
  kind: string;
  subGoals: string;
  outcome: string;
  channel?: string;
  imdiOutcome?: string;
}

export interface CaseFileScreeningRow {
  rule: string;
  name: string;
  result: string;
  reason: string;
  /** Set when an officer overrode the automatic result. */
  overriddenBy?: string;
}

export interface CaseFileAssessmentRow {
  assessor: string;
  criteriaScored: number;
  total: number;
  comment?: string;
}

export interface CaseFileInput {
  /** The day the case file was made. */
  date: string;
  appeal: Appeal;
  decision: Decision;
  application: Pick<Application, 'id' | 'title' | 'receivedDate' | 'amountAppliedOre' | 'externalId' | 'description'>;
  organisation: Pick<Organisation, 'name' | 'orgnr'>;
  call: Pick<Call, 'year' | 'title' | 'archiveCaseNumber'>;
  municipalityName: string;
  letterhead: Letterhead;
  words: CaseFileWords;
  screening: readonly CaseFileScreeningRow[];
  assessments: readonly CaseFileAssessmentRow[];
  decisionLetterSentDate?: string;
  /** The documents after the summary, in order, e.g. «Vedtaksbrevet sendt 16.03.2020». */
  documents: readonly string[];
  /** Files of the appeal that are not PDF or could not be read, so not in this file. */
  notIncluded: readonly string[];
  generatedAt?: Date;
}

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nei');

function screeningTable(rows: readonly CaseFileScreeningRow[]): Content {
  if (rows.length === 0) return paragraph('Søknaden er ikke vurdert formelt i programmet.');
  return {
    table: {
      headerRows: 1,
      widths: [110, 80, '*'],
      body: [
        [{ text: 'Regel', bold: true }, { text: 'Resultat', bold: true }, { text: 'Begrunnelse', bold: true }],
        ...rows.map((r) => [
          `${r.rule} ${r.name}`,
          r.result,
          r.overriddenBy ? `${r.reason} (overstyrt av ${r.overriddenBy})` : r.reason,
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 2, 0, 6],
  };
}

function assessmentContent(rows: readonly CaseFileAssessmentRow[]): Content[] {
  if (rows.length === 0) return [paragraph('Ingen vurdering etter kriteriene er registrert.')];
  return rows.map((r) =>
    labelled(
      r.assessor,
      `${r.total} poeng på ${r.criteriaScored} kriterier${r.comment ? `. ${r.comment}` : ''}`,
    ),
  );
}

function appealFacts(input: CaseFileInput): Array<[string, string]> {
  const a = input.appeal;
  const rows: Array<[string, string]> = [
    ['Mottatt', `${formatDate(a.receivedDate)}${input.words.channel ? ` (${input.words.channel})` : ''}`],
  ];
  if (a.appellant) rows.push(['Klager', a.appellant]);
  if (a.postedDate) rows.push(['Sendt av klageren', formatDate(a.postedDate)]);
  if (a.letterReceivedDate) rows.push(['Vedtaksbrevet kom fram', formatDate(a.letterReceivedDate)]);
  if (a.deadlineDate) rows.push(['Klagefrist', formatDate(a.deadlineDate)]);
  rows.push(['Innen fristen', yesNo(a.withinDeadline)]);
  if (!a.withinDeadline && a.lateConsidered !== undefined) {
    rows.push(['Behandlet etter § 31', `${yesNo(a.lateConsidered)}${a.lateReason ? `: ${a.lateReason}` : ''}`]);
  }
  if (a.signed !== undefined) rows.push(['Underskrevet (§ 32)', yesNo(a.signed)]);
  return rows;
}

export function buildAppealCaseFile(input: CaseFileInput): TDocumentDefinitions {
  const { appeal, decision, application, organisation, call, letterhead } = input;
  const kommune = letterhead.municipalityName || `${input.municipalityName} kommune`;
  const reference = caseReference(call, application.id);
  const title = `Klagesak til IMDi – ${application.title}`;

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    { text: title, style: 'heading' },
    paragraph(`Saksframstilling fra ${kommune}, ${formatDate(input.date)}. Vår ref. ${reference}.`),
    section(
      'Søknaden',
      factsTable([
        ['Søker', `${organisation.name} (org.nr. ${formatOrgnr(organisation.orgnr)})`],
        ['Tiltak', application.title],
        ['Type', input.words.kind],
        ['Delmål', input.words.subGoals],
        ['Søkt beløp', formatMoney(application.amountAppliedOre)],
        ['Søknaden mottatt', formatDate(application.receivedDate)],
        ['Utlysning', `${call.title} (${call.year})`],
        ...(application.externalId ? [['Søkerens ref.', application.externalId] as [string, string]] : []),
      ]),
      ...(application.description ? [labelled('Beskrivelse', application.description)] : []),
    ),
    section('Formell vurdering (R1–R8)', screeningTable(input.screening)),
    section('Vurdering etter kriteriene', ...assessmentContent(input.assessments)),
    section(
      'Vedtaket',
      factsTable([
        ['Utfall', input.words.outcome],
        ['Innvilget beløp', formatMoney(decision.amountGrantedOre)],
        ['Vedtaksdato', formatDate(decision.decidedAt)],
        ['Fattet av', decision.decidedBy],
        ...(input.decisionLetterSentDate ? [['Vedtaksbrevet sendt', formatDate(input.decisionLetterSentDate)] as [string, string]] : []),
      ]),
      ...(decision.justification ? [labelled('Begrunnelse', decision.justification)] : []),
      ...(decision.conditions ? [labelled('Vilkår', decision.conditions)] : []),
    ),
    section(
      'Klagen',
      factsTable(appealFacts(input)),
      ...(appeal.request ? [labelled('Klageren ber om', appeal.request)] : []),
      ...(appeal.text ? [labelled('Klagen', appeal.text)] : []),
    ),
  ];
  if (appeal.postponementRequestedDate) {
    const answer = appeal.postponementAnswer
      ? `${appeal.postponementAnswer === 'innvilget' ? 'Innvilget' : 'Avslått'}${appeal.postponementAnswerDate ? ` ${formatDate(appeal.postponementAnswerDate)}` : ''}`
      : 'Ikke besvart';
    content.push(
      section(
        'Utsatt iverksetting (§ 42)',
        paragraph(`Bedt om ${formatDate(appeal.postponementRequestedDate)}. ${answer}.${appeal.postponementNote ? ` ${appeal.postponementNote}` : ''}`),
      ),
    );
  }
  content.push(
    section(
      'Kommunens vurdering og merknader (§ 33)',
      paragraph(
        appeal.ownReview === 'opprettholdt'
          ? `Kommunen vurderte klagen${appeal.ownReviewDate ? ` ${formatDate(appeal.ownReviewDate)}` : ''} og opprettholdt vedtaket.`
          : 'Kommunen har ikke avsluttet sin vurdering av klagen.',
      ),
      ...(appeal.ownReviewComment ? [paragraph(appeal.ownReviewComment)] : []),
    ),
    section(
      'Dokumenter i saken',
      input.documents.length > 0 ? { ol: [...input.documents], margin: [0, 0, 0, 4] } : paragraph('Ingen dokumenter følger etter saksframstillingen.'),
      ...(input.notIncluded.length > 0
        ? [paragraph(`Ikke tatt med i denne filen (ikke PDF eller ikke lesbar): ${input.notIncluded.join(', ')}. Filene kan sendes separat.`)]
        : []),
    ),
  );

  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    info: {
      title,
      author: kommune,
      subject: `Klagesak: ${application.title}`,
      creator: kommune,
      producer: 'Tilskudd frivillige organisasjoner',
      ...(input.generatedAt ? { creationDate: input.generatedAt, modDate: input.generatedAt } : {}),
    },
    content,
    pageBreakBefore: keepHeadingsWithText,
    footer: footer(`${kommune} – ${title}`, (page, pages) => `Saksframstilling, side ${page} av ${pages}`),
  };
}
