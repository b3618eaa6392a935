// The scoring form: a missing score is named at its criterion and nothing is saved; chosen radio
// buttons are saved as one assessment for the assessor.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { createPerson } from '@renderer/services/assessment/people';
import { createApplication } from '@renderer/services/applications';
import { createCall, changeCallStatus } from '@renderer/services/calls';
import { createOrganisation } from '@renderer/services/organisations';
import { ScoreForm } from '@renderer/features/assessment/application/ScoreForm';
import { DEFAULT_SCALE } from '@renderer/domain/assessment/default-criteria';
import type { AssessmentCriterion } from '@renderer/domain/assessment';
import { applicationInput, callInput, organisationInput } from '../unit/services/applications.fixtures';

const CRITERIA: AssessmentCriterion[] = [
  { id: 'k1', label: 'Klare mål og målgrupper', weight: 1, appliesTo: 'alle' },
  { id: 'k2', label: 'Konkrete og målbare mål', weight: 1, appliesTo: 'alle' },
];

async function seed() {
  const ctx = defaultContext();
  const call = await createCall(ctx, callInput());
  await changeCallStatus(ctx, call.id, 'apen');
  const org = await createOrganisation(ctx, organisationInput());
  const app = await createApplication(ctx, applicationInput(call.id, org.id));
  const person = await createPerson(ctx, { name: 'Per Hansen', role: 'utvalgsmedlem' });
  // The service scores against the call's own criteria: use the two above.
  await getDb().calls.update(call.id, { assessment: { criteria: CRITERIA, scale: DEFAULT_SCALE, showOthersBeforeScoring: false } });
  return { app, person };
}

describe('ScoreForm', { timeout: 20_000 }, () => {
  it('names each missing score and saves nothing, then saves the chosen scores', async () => {
    const { app, person } = await seed();
    const onDone = vi.fn();
    render(<ScoreForm applicationId={app.id} person={person} criteria={CRITERIA} scale={DEFAULT_SCALE} existing={undefined} onDone={onDone} />);

    fireEvent.click(screen.getByRole('button', { name: 'Lagre vurderingen' }));
    expect(await screen.findAllByText('Gi poeng for dette kriteriet')).toHaveLength(2);
    expect(screen.getByText('2 kriterier mangler gyldig poengsum.')).toBeTruthy();
    expect(await getDb().assessments.count()).toBe(0);
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(within(screen.getByRole('radiogroup', { name: '1. Klare mål og målgrupper' })).getByRole('radio', { name: '6' }));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '2. Konkrete og målbare mål' })).getByRole('radio', { name: '3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre vurderingen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const saved = await getDb().assessments.toArray();
    expect(saved).toEqual([expect.objectContaining({ applicationId: app.id, personId: person.id, scores: { k1: 6, k2: 3 }, source: 'program' })]);
  });
});
