// Between a stored call and the call form's values, both ways.
import { defaultCallRules, type Call, type SubGoal } from '@renderer/domain/call';
import type { DefaultValues } from 'react-hook-form';
import type { CallInput } from '@renderer/services/calls';
import type { CallFormValues } from './call-form-schema';

/** A blank call with the 2020 rule values; the budget frame starts empty, not at 0. */
export function newCallFormValues(year: number): DefaultValues<CallFormValues> {
  return {
    year,
    title: '',
    archiveCaseNumber: '',
    deadline: '',
    subGoalFramesOre: {},
    prioritisedSubGoal: undefined,
    rules: defaultCallRules(year),
  };
}

export function callToFormValues(call: Call): CallFormValues {
  return {
    year: call.year,
    title: call.title,
    archiveCaseNumber: call.archiveCaseNumber ?? '',
    deadline: call.deadline,
    budgetFrameOre: call.budgetFrameOre,
    subGoalFramesOre: { ...call.subGoalFramesOre },
    prioritisedSubGoal: call.prioritisedSubGoal,
    rules: { ...call.rules },
  };
}

/** Frames left blank are not stored; no frames at all means no per-sub-goal frame. */
function framesOrUndefined(frames: CallFormValues['subGoalFramesOre']): Call['subGoalFramesOre'] {
  const out: Partial<Record<SubGoal, number>> = {};
  for (const goal of ['A', 'B', 'C'] as const) {
    const value = frames[goal];
    if (value !== undefined) out[goal] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Form values → service input. Optional keys are kept as undefined so an edit clears them. */
export function formValuesToCallInput(
  values: CallFormValues,
  municipalityId: string,
): Omit<CallInput, 'id'> {
  return {
    year: values.year,
    title: values.title,
    // Blank means none (kept as undefined so an edit clears it).
    archiveCaseNumber: values.archiveCaseNumber?.trim() || undefined,
    deadline: values.deadline,
    municipalityId,
    budgetFrameOre: values.budgetFrameOre,
    subGoalFramesOre: framesOrUndefined(values.subGoalFramesOre),
    prioritisedSubGoal: values.prioritisedSubGoal,
    rules: values.rules,
  };
}
