// Reading a filled scoring sheet back, as the application import does: preview first (every row
// checked, with a Norwegian message for each problem), nothing saved until the officer commits;
// then all good rows in ONE transaction. Saving a sheet again updates that assessor's rows.
import type { AppDatabase } from '@renderer/data/db';
import type { AssessmentCriterion, ScoreScale } from '@renderer/domain/assessment';
import { assessmentSetupOf, criteriaForApplication } from '@renderer/domain/assessment/default-criteria';
import type { RawScore, ScoringSheetRead, ScoringSheetRowRead } from '@renderer/domain/assessment/sheet-read';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { writeLoggedBatch } from '../logged-batch';
import {
  planAssessment,
  scoringRefusal,
  scoringTables,
  type AssessmentInput,
  type ScoringFacts,
} from './scoring';

export type SheetRowOutcome = 'ny' | 'endret' | 'uendret' | 'tom' | 'feil';

export interface SheetPreviewRow {
  row: number;
  applicationId: string;
  title: string;
  outcome: SheetRowOutcome;
  messages: string[];
  /** What will be saved, for rows 'ny' and 'endret'. */
  input?: AssessmentInput;
}

export interface SheetPreview {
  callId: string;
  callTitle: string;
  personId: string;
  personName: string;
  rows: SheetPreviewRow[];
  counts: Record<SheetRowOutcome, number>;
}

function scoreMessage(c: AssessmentCriterion, raw: RawScore, scale: ScoreScale): string | null {
  if (raw.kind === 'empty') return null;
  const range = `et helt tall fra ${scale.min} til ${scale.max}`;
  if (raw.kind === 'text') return `«${c.label}»: «${raw.value}» er ikke et tall. Skriv ${range}.`;
  const shown = String(raw.value).replace('.', ',');
  if (!Number.isInteger(raw.value)) return `«${c.label}»: ${shown} er ikke et helt tall. Skriv ${range}.`;
  if (raw.value < scale.min || raw.value > scale.max) {
    return `«${c.label}»: ${shown} er utenfor skalaen ${scale.min}–${scale.max}.`;
  }
  return null;
}

interface SheetFacts {
  callTitle: string;
  criteria: AssessmentCriterion[];
  scale: ScoreScale;
  factsFor: (applicationId: string) => ScoringFacts | undefined;
}

async function readSheetFacts(db: AppDatabase, sheet: ScoringSheetRead, expected: ExpectedSheet): Promise<SheetFacts> {
  const call = await db.calls.get(expected.callId);
  if (!call) throw new EntityNotFoundError('calls', expected.callId);
  const person = await db.people.get(expected.personId);
  if (sheet.callId !== call.id) {
    throw ValidationError.forField(
      '',
      `Skjemaet gjelder utlysningen «${sheet.callTitle || sheet.callId}», ikke «${call.title}». Velg riktig utlysning eller riktig fil.`,
    );
  }
  if (sheet.personId !== expected.personId) {
    throw ValidationError.forField(
      '',
      `Skjemaet er laget for ${sheet.personName || 'en annen vurderer'}, men du leser det inn for ${person?.name ?? 'en annen'}. Velg riktig vurderer eller riktig fil.`,
    );
  }
  if (!person) throw ValidationError.forField('', `Vurdereren ${sheet.personName} finnes ikke lenger i programmet.`);
  const setup = assessmentSetupOf(call);
  const missingColumn = setup.criteria.find((c) => !sheet.criterionIds.includes(c.id));
  if (missingColumn) {
    throw ValidationError.forField('', `Skjemaet mangler kolonnen for kriteriet «${missingColumn.label}». Lag et nytt skjema for vurdereren.`);
  }
  const ids = [...new Set(sheet.rows.map((r) => r.applicationId).filter(Boolean))];
  const [applications, conflicts, existing] = await Promise.all([
    db.applications.bulkGet(ids),
    db.conflicts.where('personId').equals(person.id).toArray(),
    db.assessments.where('personId').equals(person.id).toArray(),
  ]);
  const appById = new Map(applications.filter((a) => a !== undefined).map((a) => [a.id, a]));
  const conflictByApp = new Map(conflicts.map((c) => [c.applicationId, c]));
  const existingByApp = new Map(existing.map((a) => [a.applicationId, a]));
  return {
    callTitle: call.title,
    criteria: setup.criteria,
    scale: setup.scale,
    factsFor: (applicationId) => {
      const application = appById.get(applicationId);
      if (!application) return undefined;
      return { call, application, person, conflict: conflictByApp.get(applicationId), existing: existingByApp.get(applicationId) };
    },
  };
}

export interface ExpectedSheet {
  callId: string;
  personId: string;
}

function checkRow(
  row: ScoringSheetRowRead,
  sheetFacts: SheetFacts,
  seen: Map<string, number>,
  expected: ExpectedSheet,
  plan: (facts: ScoringFacts, input: AssessmentInput) => ReturnType<typeof planAssessment>,
): SheetPreviewRow {
  const base = { row: row.row, applicationId: row.applicationId, title: row.title };
  const fail = (...messages: string[]): SheetPreviewRow => ({ ...base, outcome: 'feil', messages });
  if (!row.applicationId) return fail('Mangler søknads-id. Ikke slett eller endre innholdet i den skjulte id-kolonnen.');
  const earlier = seen.get(row.applicationId);
  if (earlier !== undefined) return fail(`Søknaden står også i rad ${earlier}. Hver søknad skal stå i én rad.`);
  seen.set(row.applicationId, row.row);
  const facts = sheetFacts.factsFor(row.applicationId);
  if (!facts) {
    return fail(`Fant ingen søknad med id «${row.applicationId}». Id-kolonnen er endret; lag et nytt skjema.`);
  }
  const app = facts.application;
  const named = { ...base, title: app.title };
  if (app.callId !== expected.callId) return { ...named, outcome: 'feil', messages: [`Søknaden «${app.title}» hører ikke lenger til denne utlysningen.`] };
  if (app.status === 'trukket') return { ...named, outcome: 'feil', messages: [`Søknaden «${app.title}» er trukket og er ikke lenger med i utlysningen.`] };

  const anything = Object.values(row.scores).some((s) => s.kind !== 'empty') || row.comment !== '';
  if (!anything) return { ...named, outcome: 'tom', messages: ['Ikke vurdert i skjemaet; hoppes over.'] };

  const refusal = scoringRefusal(facts);
  if (refusal) return { ...named, outcome: 'feil', messages: [refusal] };

  const applicable = criteriaForApplication(assessmentSetupOf(facts.call), app);
  const applicableIds = new Set(applicable.map((c) => c.id));
  const messages: string[] = [];
  const scores: Record<string, number> = {};
  for (const c of sheetFacts.criteria) {
    const raw = row.scores[c.id] ?? { kind: 'empty' };
    if (!applicableIds.has(c.id)) {
      if (raw.kind !== 'empty') messages.push(`«${c.label}»: gjelder bare tiltak for beboere i asylmottak. La cellen stå tom.`);
      continue;
    }
    const problem = scoreMessage(c, raw, sheetFacts.scale);
    if (problem) messages.push(problem);
    else if (raw.kind === 'number') scores[c.id] = raw.value;
  }
  const missing = applicable.filter((c) => (row.scores[c.id] ?? { kind: 'empty' }).kind === 'empty');
  if (missing.length > 0) messages.push(`Mangler poeng for ${missing.map((c) => `«${c.label}»`).join(', ')}.`);
  if (messages.length > 0) return { ...named, outcome: 'feil', messages };

  const input: AssessmentInput = { applicationId: app.id, personId: expected.personId, scores, comment: row.comment || undefined };
  if (facts.existing?.criterionComments) input.criterionComments = facts.existing.criterionComments;
  try {
    const planned = plan(facts, input);
    if (!planned.changed) return { ...named, outcome: 'uendret', messages: ['Som før; ingenting endres.'] };
    return { ...named, outcome: planned.before ? 'endret' : 'ny', messages: [], input };
  } catch (e) {
    if (e instanceof ValidationError) return { ...named, outcome: 'feil', messages: [e.message] };
    throw e;
  }
}

function countOutcomes(rows: readonly SheetPreviewRow[]): Record<SheetRowOutcome, number> {
  const counts: Record<SheetRowOutcome, number> = { ny: 0, endret: 0, uendret: 0, tom: 0, feil: 0 };
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

/** Checks every row against the database; writes nothing. File-level problems throw ValidationError. */
export async function previewScoringSheet(
  ctx: ServiceContext,
  sheet: ScoringSheetRead,
  expected: ExpectedSheet,
): Promise<SheetPreview> {
  const { db } = ctx;
  const stamp = await resolveStamp(ctx);
  return db.transaction('r', scoringTables(db), async () => {
    const facts = await readSheetFacts(db, sheet, expected);
    const seen = new Map<string, number>();
    const rows = sheet.rows.map((row) =>
      checkRow(row, facts, seen, expected, (f, input) => planAssessment(f, input, stamp, () => 'preview', 'skjema')),
    );
    const person = await db.people.get(expected.personId);
    return {
      callId: expected.callId,
      callTitle: facts.callTitle,
      personId: expected.personId,
      personName: person?.name ?? sheet.personName,
      rows,
      counts: countOutcomes(rows),
    };
  });
}

export interface SheetCommitResult {
  created: number;
  updated: number;
}

/**
 * Saves the preview's new and changed rows in one transaction, each checked again against the
 * database as it is now; if anything changed since the preview, nothing is saved.
 */
export async function commitScoringSheet(ctx: ServiceContext, preview: SheetPreview): Promise<SheetCommitResult> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  const toSave = preview.rows.filter((r) => (r.outcome === 'ny' || r.outcome === 'endret') && r.input);
  if (toSave.length === 0) throw ValidationError.forField('', 'Skjemaet har ingen nye eller endrede vurderinger å lagre.');
  return db.transaction('rw', scoringTables(db), async () => {
    const sheet: ScoringSheetRead = {
      callId: preview.callId,
      callTitle: preview.callTitle,
      personId: preview.personId,
      personName: preview.personName,
      criterionIds: [],
      rows: [],
    };
    const call = await db.calls.get(preview.callId);
    sheet.criterionIds = call ? assessmentSetupOf(call).criteria.map((c) => c.id) : [];
    sheet.rows = toSave.map((r) => ({ row: r.row, applicationId: r.applicationId, title: r.title, scores: {}, comment: '' }));
    const facts = await readSheetFacts(db, sheet, preview);
    const result: SheetCommitResult = { created: 0, updated: 0 };
    const plans = toSave.map((r) => {
      const f = facts.factsFor(r.applicationId);
      if (!f) throw ValidationError.forField('', `Rad ${r.row}: søknaden finnes ikke lenger. Les inn skjemaet på nytt.`);
      try {
        return planAssessment(f, r.input!, stamp, ctx.newId, 'skjema');
      } catch (e) {
        if (e instanceof ValidationError) {
          throw ValidationError.forField('', `Rad ${r.row} («${r.title}»): ${e.message} Les inn skjemaet på nytt.`);
        }
        throw e;
      }
    });
    const changed = plans.filter((plan) => plan.changed);
    await writeLoggedBatch(db, stamp, changed.map((plan) => ({ table: 'assessments', before: plan.before, after: plan.after })));
    for (const plan of changed) {
      if (plan.before) result.updated++;
      else result.created++;
    }
    return result;
  });
}
