import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Debouncer } from '../../src/lsp/debounce.js';

describe('Debouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs only the last of a burst, after the quiet time, per key', () => {
    const runs: string[] = [];
    const d = new Debouncer(200);
    for (const n of [1, 2, 3]) d.schedule('a', () => runs.push(`a${n}`));
    d.schedule('b', () => runs.push('b1'));
    vi.advanceTimersByTime(199);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['a3', 'b1']);
  });

  it('forgets what is cancelled', () => {
    const runs: string[] = [];
    const d = new Debouncer(50);
    d.schedule('a', () => runs.push('a'));
    d.schedule('b', () => runs.push('b'));
    d.cancel('a');
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['b']);
    d.schedule('c', () => runs.push('c'));
    d.cancelAll();
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['b']);
  });
});
