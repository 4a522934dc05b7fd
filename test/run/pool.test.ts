import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/run/pool.js';

/** A stand-in worker that answers each task index with its own thread id, after a delay that reverses the order. */
const workerUrl = (() => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-pool-')), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (index) => setTimeout(() => parentPort.postMessage({ index, result: threadId }), 40 - index));\n`,
  );
  return pathToFileURL(file);
})();

/** A stand-in worker that fills its heap at task 5 (and answers the others with its thread id). */
const greedyUrl = (() => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-pool-')), 'greedy.mjs');
  writeFileSync(
    file,
    `import { parentPort, threadId } from 'node:worker_threads';
const kept = [];
parentPort.on('message', (index) => {
  if (index === 5) for (;;) kept.push(new Array(1e5).fill(index));
  parentPort.postMessage({ index, result: threadId });
});\n`,
  );
  return pathToFileURL(file);
})();

/** A stand-in worker that takes 20 s to answer: still starting up, as far as a short run is concerned. */
const slowUrl = (() => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-pool-')), 'slow.mjs');
  writeFileSync(file, `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (index) => setTimeout(() => parentPort.postMessage({ index, result: threadId }), 20000));\n`);
  return pathToFileURL(file);
})();

/** The main thread's own answer: thread id 0, after a short wait. */
const mainThread = async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return 0;
};

async function run(count: number, threads: number, runHere?: () => Promise<number>) {
  const order: number[] = [];
  const threadsUsed = new Set<number>();
  await runOrdered<number>(
    { url: workerUrl, data: undefined },
    count,
    threads,
    (index, thread) => {
      order.push(index);
      threadsUsed.add(thread);
    },
    runHere,
  );
  return { order, threadsUsed };
}

describe('runOrdered', () => {
  it('hands results over in task order, whatever order they finish in', async () => {
    const { order } = await run(30, 3);
    expect(order).toEqual([...Array(30).keys()]);
  });

  it('counts the main thread as one of the threads when it can lint too', async () => {
    const { order, threadsUsed } = await run(30, 2, mainThread);
    expect(order).toEqual([...Array(30).keys()]);
    // One worker started, not two: the main thread (0) and at most one worker's id (on a loaded machine the main
    // thread may finish all 30 tasks before the worker has started: a CI run saw that).
    expect([...threadsUsed].filter((thread) => thread !== 0).length).toBeLessThanOrEqual(1);
    expect(threadsUsed.has(0)).toBe(true);
  });

  it('spreads a short run over every worker', async () => {
    const { threadsUsed } = await run(4, 4);
    expect(threadsUsed.size).toBe(4);
  });

  it('has the main thread lint the tasks of a worker that ran out of memory', async () => {
    const order: number[] = [];
    const byMain: number[] = [];
    const limits = { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 };
    await runOrdered<number>({ url: greedyUrl, data: undefined, limits }, 12, 2, (index, thread) => {
      order.push(index);
      if (thread === 0) byMain.push(index);
    }, mainThread);
    expect(order).toEqual([...Array(12).keys()]);
    expect(byMain).toContain(5);
  });

  it('fails on a worker that runs out of memory when no thread can take its tasks over', async () => {
    const limits = { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 };
    await expect(runOrdered<number>({ url: greedyUrl, data: undefined, limits }, 12, 1, () => {})).rejects.toThrow(/memory/i);
  });

  it('does the tasks a slow worker still holds when the main thread has none left, and does not wait for it', async () => {
    const t0 = Date.now();
    const order: number[] = [];
    await runOrdered<number>({ url: slowUrl, data: undefined }, 12, 2, (index, thread) => {
      order.push(index);
      expect(thread).toBe(0);
    }, mainThread);
    expect(order).toEqual([...Array(12).keys()]);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
