import { describe, expect, it } from 'vitest';
import {
  applicationTransitionProblem,
  callTransitionProblem,
  isApplicationEditable,
  isScreeningFrozen,
} from '@renderer/domain/workflow';
import type { ApplicationStatus } from '@renderer/domain/application';
import type { CallStatus } from '@renderer/domain/call';

describe('call status workflow', () => {
  it.each<[CallStatus, CallStatus]>([
    ['utkast', 'apen'],
    ['apen', 'lukket'],
    ['lukket', 'vedtatt'],
    ['vedtatt', 'arkivert'],
    ['lukket', 'apen'],
    ['vedtatt', 'lukket'],
    ['arkivert', 'vedtatt'],
  ])('allows %s → %s', (from, to) => {
    expect(callTransitionProblem(from, to)).toBeNull();
  });

  it('refuses skipping a step and going back from open to draft, saying what is allowed', () => {
    expect(callTransitionProblem('utkast', 'vedtatt')).toBe(
      'Utlysningen kan ikke endres fra «utkast» til «vedtatt». Den kan bare endres til «åpen».',
    );
    expect(callTransitionProblem('apen', 'utkast')).toBe(
      'Utlysningen kan ikke endres fra «åpen» til «utkast». Den kan bare endres til «lukket».',
    );
    expect(callTransitionProblem('lukket', 'arkivert')).toBe(
      'Utlysningen kan ikke endres fra «lukket» til «arkivert». Den kan bare endres til «vedtatt» eller «åpen».',
    );
  });

  it('refuses a move to the status it already has', () => {
    expect(callTransitionProblem('apen', 'apen')).toBe('Utlysningen har allerede status «åpen».');
  });
});

describe('application status workflow', () => {
  it.each<[ApplicationStatus, ApplicationStatus]>([
    ['mottatt', 'under_behandling'],
    ['under_behandling', 'vurdert'],
    ['vurdert', 'vedtatt'],
    ['vedtatt', 'avsluttet'],
    ['vurdert', 'under_behandling'],
    ['mottatt', 'trukket'],
    ['under_behandling', 'trukket'],
    ['vurdert', 'trukket'],
    ['trukket', 'mottatt'],
  ])('allows %s → %s', (from, to) => {
    expect(applicationTransitionProblem(from, to)).toBeNull();
  });

  it('refuses withdrawal after the decision and any move out of avsluttet', () => {
    expect(applicationTransitionProblem('vedtatt', 'trukket')).toBe(
      'Søknaden kan ikke endres fra «vedtatt» til «trukket». Den kan bare endres til «avsluttet».',
    );
    expect(applicationTransitionProblem('avsluttet', 'mottatt')).toBe(
      'Søknaden kan ikke endres fra «avsluttet» til «mottatt». Statusen kan ikke endres.',
    );
  });

  it('refuses skipping assessment', () => {
    expect(applicationTransitionProblem('mottatt', 'vedtatt')).toContain('Den kan bare endres til «under behandling» eller «trukket».');
  });

  it('keeps decided and withdrawn applications from being edited, and decided ones from re-screening', () => {
    expect(['mottatt', 'under_behandling', 'vurdert'].every((s) => isApplicationEditable(s as ApplicationStatus))).toBe(true);
    expect(['vedtatt', 'avsluttet', 'trukket'].some((s) => isApplicationEditable(s as ApplicationStatus))).toBe(false);
    expect(isScreeningFrozen('vedtatt')).toBe(true);
    expect(isScreeningFrozen('avsluttet')).toBe(true);
    expect(isScreeningFrozen('vurdert')).toBe(false);
  });
});
