// The forwarding letter and the case file for IMDi, from the appeal's records. The renderer is
// passed in (pdfmake in the browser, or in Node for tests), and pdf-lib joins the case file's parts.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { joinNorwegian, lowerFirst } from '@renderer/domain/vocabulary/format';
import { SUB_GOAL_NAMES } from '@renderer/domain/vocabulary/terms';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import type { LetterLanguage } from '@renderer/domain/settings';
import { buildAppealForwardingLetter, type AppealForwardingInput } from '@renderer/documents/pdf/appeal-forwarding-letter';
import { buildAppealCaseFile, type CaseFileInput } from '@renderer/documents/pdf/appeal-case-file';
import { isMergeablePdf, mergePdfs } from '@renderer/documents/pdf/merge-pdfs';
import type { AppealCaseRecords } from '@renderer/services/appeals';
import { appealChannelPhrase, imdiOutcomeText } from '@renderer/i18n/appeals';
import { formatDate } from '@renderer/i18n/format';
import { OUTCOME_TEXT, RULE_NAMES } from '@renderer/i18n/screening';
import { APPLICATION_KIND_LABELS, DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

export type RenderPdf = (doc: TDocumentDefinitions) => Promise<Uint8Array>;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

function looksLikePdf(bytes: Uint8Array, mimeType: string): boolean {
  return mimeType === 'application/pdf' || PDF_MAGIC.every((b, i) => bytes[i] === b);
}

/** What goes with the forwarding letter, in the case file's order. */
export function caseFileContents(records: AppealCaseRecords): string[] {
  return [
    'Saksframstilling for klagesaken',
    ...(records.decisionLetter?.sentDate ? [`Vedtaksbrevet sendt ${formatDate(records.decisionLetter.sentDate)}`] : []),
    `Klagen mottatt ${formatDate(records.appeal.receivedDate)}${records.attachments.length ? ` (${records.attachments.map((a) => a.fileName).join(', ')})` : ''}`,
  ];
}

export function forwardingLetterInput(
  records: AppealCaseRecords,
  language: LetterLanguage,
  letterDate: string,
  generatedAt?: Date,
): AppealForwardingInput {
  return {
    language,
    letterDate,
    appeal: records.appeal,
    decision: records.decision,
    application: records.application,
    organisation: records.organisation,
    call: records.call,
    municipality: { name: records.municipalityName },
    letterhead: records.letterhead,
    decisionLetterSentDate: records.decisionLetter?.sentDate,
    enclosures: caseFileContents(records),
    texts: effectiveLetterTexts(language, records.letterTextOverrides),
    generatedAt,
  };
}

export function renderForwardingLetter(
  render: RenderPdf,
  records: AppealCaseRecords,
  language: LetterLanguage,
  letterDate: string,
  generatedAt?: Date,
): Promise<Uint8Array> {
  return render(buildAppealForwardingLetter(forwardingLetterInput(records, language, letterDate, generatedAt)));
}

function caseFileInput(records: AppealCaseRecords, date: string, documents: string[], notIncluded: string[], generatedAt?: Date): CaseFileInput {
  const { screening, application, decision, appeal } = records;
  const rows = screening
    ? effectiveResults(screening.results, screening.overrides).map((r) => ({
        rule: r.rule,
        name: RULE_NAMES[r.rule],
        result: OUTCOME_TEXT[r.result],
        reason: r.reason,
        overriddenBy: r.override?.by,
      }))
    : [];
  return {
    date,
    appeal,
    decision,
    application,
    organisation: records.organisation,
    call: records.call,
    municipalityName: records.municipalityName,
    letterhead: records.letterhead,
    words: {
      kind: APPLICATION_KIND_LABELS[application.kind],
      subGoals: joinNorwegian(application.subGoals.map((g) => `${g} (${lowerFirst(SUB_GOAL_NAMES[g])})`)),
      outcome: DECISION_OUTCOME_LABELS[decision.outcome],
      channel: appeal.channel ? appealChannelPhrase[appeal.channel] : undefined,
      imdiOutcome: appeal.imdiOutcome ? imdiOutcomeText[appeal.imdiOutcome] : undefined,
    },
    screening: rows,
    assessments: records.assessments.map((a) => {
      const scores = Object.values(a.scores).filter((s): s is number => typeof s === 'number');
      return { assessor: a.assessorName, criteriaScored: scores.length, total: scores.reduce((s, n) => s + n, 0), comment: a.comment };
    }),
    decisionLetterSentDate: records.decisionLetter?.sentDate,
    documents,
    notIncluded,
    generatedAt,
  };
}

/**
 * One PDF for IMDi: the summary, then the decision letter as sent, then the appeal's PDF files.
 * Files that are not PDF or cannot be read are named in the summary as not included.
 */
export async function buildCaseFilePdf(
  render: RenderPdf,
  records: AppealCaseRecords,
  date: string,
  generatedAt?: Date,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const documents: string[] = [];
  const notIncluded: string[] = [];
  const letter = records.decisionLetter;
  if (letter && (await isMergeablePdf(letter.bytes))) {
    parts.push(letter.bytes);
    documents.push(`Vedtaksbrevet${letter.sentDate ? ` sendt ${formatDate(letter.sentDate)}` : ''}`);
  }
  for (const file of records.attachments) {
    if (looksLikePdf(file.bytes, file.mimeType) && (await isMergeablePdf(file.bytes))) {
      parts.push(file.bytes);
      documents.push(`Klagen: ${file.fileName}`);
    } else {
      notIncluded.push(file.fileName);
    }
  }
  const summary = await render(buildAppealCaseFile(caseFileInput(records, date, documents, notIncluded, generatedAt)));
  const kommune = records.letterhead.municipalityName || `${records.municipalityName} kommune`;
  return mergePdfs([summary, ...parts], { title: `Klagesak til IMDi – ${records.application.title}`, author: kommune, generatedAt });
}
