import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps the start-up state of one program run, so each test loads it afresh.
async function load() {
  vi.resetModules();
  return import('@renderer/components/after-startup');
}

describe('work that waits until the program has started', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first page to say its content is on screen', async () => {
    const { afterStartup, markStartupDone } = await load();
    const task = vi.fn();
    afterStartup(task);
    await vi.advanceTimersByTimeAsync(500);
    expect(task).not.toHaveBeenCalled();

    markStartupDone();
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs anyway a little while after it was asked for when no page says so', async () => {
    const { afterStartup, STARTUP_FALLBACK_MS } = await load();
    const task = vi.fn();
    afterStartup(task);
    await vi.advanceTimersByTimeAsync(STARTUP_FALLBACK_MS - 1);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    // …and then when the main thread is free (the next turn here).
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once (on the next turn) once the program has started', async () => {
    const { afterStartup, markStartupDone } = await load();
    markStartupDone();
    const task = vi.fn();
    afterStartup(task);
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not run a task that was cancelled (its page went away)', async () => {
    const { afterStartup, markStartupDone } = await load();
    const task = vi.fn();
    const cancel = afterStartup(task);
    cancel();
    markStartupDone();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).not.toHaveBeenCalled();
  });

  it('waits for the next painted frame when a page marks the start done as it is drawn', async () => {
    const { afterStartup, markStartupDoneAfterPaint } = await load();
    const task = vi.fn();
    afterStartup(task);
    markStartupDoneAfterPaint();
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
