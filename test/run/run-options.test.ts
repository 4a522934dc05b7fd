import { describe, expect, it } from 'vitest';
import { parseConcurrency, workerCount } from '../../src/run/run-options.js';
import { UsageError } from '../../src/lib/errors.js';

describe('concurrency', () => {
  it('parses auto, off and thread counts, and rejects the rest', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
    for (const bad of ['0', '-1', 'two', '1.5']) expect(() => parseConcurrency(bad)).toThrow(UsageError);
  });

  it('uses the main thread alone for off, 1, or too few files for auto', () => {
    expect(workerCount('off', 5000)).toBe(1);
    expect(workerCount(1, 5000)).toBe(1);
    expect(workerCount('auto', 10)).toBe(1);
    expect(workerCount(4, 3)).toBe(3);
    expect(workerCount('auto', 100_000)).toBeGreaterThanOrEqual(1);
  });

  it('starts no worker for auto when the load average already reaches the cores', () => {
    const machine = (cores: number, load: number) => () => ({ cores, load });
    expect(workerCount('auto', 5000, machine(2, 0.3))).toBe(2);
    expect(workerCount('auto', 5000, machine(2, 1.5))).toBe(2);
    expect(workerCount('auto', 5000, machine(2, 2))).toBe(1);
    expect(workerCount('auto', 5000, machine(2, 7))).toBe(1);
    expect(workerCount('auto', 200, machine(8, 0))).toBe(1);
    expect(workerCount('auto', 300, machine(8, 0))).toBe(2);
  });
});
