import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseGuardDeps } from '../../../src/main/quit/close-guard';

function setup(overrides: Partial<CloseGuardDeps> = {}) {
  vi.useFakeTimers();
  const deps = {
    timeoutMs: 10_000,
    requestBackup: vi.fn(),
    close: vi.fn(),
    setTimer: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimer: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    ...overrides,
  };
  return { deps, guard: createCloseGuard(deps) };
}

describe('createCloseGuard', () => {
  it('holds the first close and asks the renderer for a backup', () => {
    const { deps, guard } = setup();
    expect(guard.onCloseRequested()).toBe(true);
    expect(deps.requestBackup).toHaveBeenCalledTimes(1);
    expect(deps.close).not.toHaveBeenCalled();
    expect(guard.state).toBe('waiting');
  });

  it('closes when the renderer says the backup is done, and lets that close through', () => {
    const { deps, guard } = setup();
    guard.onCloseRequested();
    guard.onBackupDone();
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(guard.onCloseRequested()).toBe(false);
    // The timer was cleared: nothing closes twice.
    vi.advanceTimersByTime(20_000);
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the renderer does not answer in time', () => {
    const { deps, guard } = setup();
    guard.onCloseRequested();
    vi.advanceTimersByTime(9_999);
    expect(deps.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(guard.state).toBe('closing');
    // A late answer changes nothing.
    guard.onBackupDone();
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a second backup when close is clicked again while waiting', () => {
    const { deps, guard } = setup();
    expect(guard.onCloseRequested()).toBe(true);
    expect(guard.onCloseRequested()).toBe(true);
    expect(deps.requestBackup).toHaveBeenCalledTimes(1);
    guard.onBackupDone();
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('ignores a "done" that comes before any close', () => {
    const { deps, guard } = setup();
    guard.onBackupDone();
    expect(deps.close).not.toHaveBeenCalled();
    expect(guard.onCloseRequested()).toBe(true);
    expect(deps.requestBackup).toHaveBeenCalledTimes(1);
  });

  it('closes at once (on the next tick) when the renderer cannot be asked', () => {
    const { deps, guard } = setup({
      requestBackup: vi.fn(() => {
        throw new Error('renderer is gone');
      }),
    });
    expect(guard.onCloseRequested()).toBe(true);
    expect(deps.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(deps.close).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(deps.close).toHaveBeenCalledTimes(1);
  });
});

describe('createCloseGuard when the officer stays with unsaved changes', () => {
  it('starts over: the next close is held for a backup again', () => {
    const { deps, guard } = setup();
    guard.onCloseRequested();
    guard.onBackupDone();
    expect(guard.state).toBe('closing');
    guard.onCloseCancelled();
    expect(guard.state).toBe('open');
    expect(guard.onCloseRequested()).toBe(true);
    expect(deps.requestBackup).toHaveBeenCalledTimes(2);
  });

  it('changes nothing while a backup is still being written', () => {
    const { guard } = setup();
    guard.onCloseRequested();
    guard.onCloseCancelled();
    expect(guard.state).toBe('waiting');
  });
});
