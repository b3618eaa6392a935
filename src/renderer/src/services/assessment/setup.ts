// Changing how a call is assessed: criteria (labels, help, weights), the score scale, who assesses,
// and whether assessors see each other's scores first. Allowed until the call is decided, and never
// in a way that would strand stored scores (a removed criterion, a scale they fall outside).
import type { AppDatabase } from '@renderer/data/db';
import { CallAssessmentSetupSchema, type CallAssessmentSetup } from '@renderer/domain/assessment';
import type { Call } from '@renderer/domain/call';
import { areCallRulesEditable } from '@renderer/domain/workflow';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';
import { CallSchema } from '@renderer/domain/call';

async function assertScoresFit(db: AppDatabase, callId: string, setup: CallAssessmentSetup): Promise<void> {
  const applicationIds = await db.applications.where('callId').equals(callId).primaryKeys();
  const assessments = await db.assessments.where('applicationId').anyOf(applicationIds).toArray();
  const kept = new Set(setup.criteria.map((c) => c.id));
  const scoredOnRemoved = new Map<string, number>();
  let outside = 0;
  for (const a of assessments) {
    for (const [criterionId, value] of Object.entries(a.scores)) {
      if (!kept.has(criterionId)) scoredOnRemoved.set(criterionId, (scoredOnRemoved.get(criterionId) ?? 0) + 1);
      else if (value < setup.scale.min || value > setup.scale.max) outside++;
    }
  }
  const [removed] = scoredOnRemoved;
  if (removed) {
    throw ValidationError.forField(
      'criteria',
      `Kriteriet «${removed[0]}» har poeng fra ${removed[1]} vurdering(er) og kan ikke fjernes. Sett vekten til 0 i stedet.`,
    );
  }
  if (outside > 0) {
    throw ValidationError.forField(
      'scale',
      `${outside} poeng som alt er gitt, ligger utenfor skalaen ${setup.scale.min}–${setup.scale.max}. Skalaen kan ikke endres slik.`,
    );
  }
}

export async function updateAssessmentSetup(
  ctx: ServiceContext,
  callId: string,
  input: CallAssessmentSetup,
): Promise<Call> {
  const setup = parseOrThrow(CallAssessmentSetupSchema, input);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.calls, db.applications, db.assessments, db.people, db.changeLog, async () => {
    const before = await db.calls.get(callId);
    if (!before) throw new EntityNotFoundError('calls', callId);
    if (!areCallRulesEditable(before.status)) {
      throw ValidationError.forField('', 'Vurderingsoppsettet kan ikke endres etter at utlysningen er vedtatt.');
    }
    if (setup.assessorIds) {
      const found = await db.people.bulkGet(setup.assessorIds);
      if (found.some((p) => !p)) throw ValidationError.forField('assessorIds', 'En av vurdererne finnes ikke lenger.');
    }
    await assertScoresFit(db, callId, setup);
    const after = parseRow(CallSchema, { ...before, assessment: setup, updatedAt: stamp.at });
    await putLogged(db, stamp, 'calls', before, after);
    return after;
  });
}
