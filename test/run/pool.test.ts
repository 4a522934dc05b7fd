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

async function run(count: number, threads: number) {
  const order: number[] = [];
  const threadsUsed = new Set<number>();
  await runOrdered<number>(workerUrl, undefined, count, threads, (index, thread) => {
    order.push(index);
    threadsUsed.add(thread);
  });
  return { order, threadsUsed };
}

describe('runOrdered', () => {
  it('hands results over in task order, whatever order they finish in', async () => {
    const { order } = await run(30, 3);
    expect(order).toEqual([...Array(30).keys()]);
  });

  it('spreads a short run over every worker', async () => {
    const { threadsUsed } = await run(4, 4);
    expect(threadsUsed.size).toBe(4);
  });
});
