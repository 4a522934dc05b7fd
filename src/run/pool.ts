import type { ResourceLimits, Worker } from 'node:worker_threads';
import { workerThreads } from '../lib/lazy-modules.js';

/** Tasks queued per worker, so a worker never waits for the main thread's answer between two files. */
const IN_FLIGHT = 4;

/** Lets queued worker messages in between two files the main thread lints itself. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What a worker runs: its module, the data it gets once, and the heap it may use (`resourceLimits` of node:worker_threads). */
export interface WorkerSpec {
  url: URL;
  data: unknown;
  limits?: ResourceLimits;
}

const outOfMemory = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Runs `count` tasks on `threads` threads and hands each result to
 * `onResult` in task order, whatever order they finish in, so the output of
 * a parallel run is identical to a single-threaded one. With `runHere`, the
 * main thread is one of the threads (it lints too, between handing tasks to
 * the workers), so `threads` 2 starts one worker, not two idle-main ones.
 * Each worker gets `spec.data` once and then a task index per message, a
 * few ahead. A worker that runs out of its heap (`spec.limits`) is dropped
 * and the main thread (`runHere`, whose heap has no such limit) does its
 * unfinished tasks.
 */
export async function runOrdered<T>(
  spec: WorkerSpec,
  count: number,
  threads: number,
  onResult: (index: number, result: T) => void,
  runHere?: (index: number) => Promise<T>,
): Promise<void> {
  if (count === 0) return;
  const pending = new Map<number, T>();
  /** Tasks of a worker that ran out of memory, for the main thread. */
  const retry: number[] = [];
  let next = 0;
  let emitted = 0;
  const flush = () => {
    while (pending.has(emitted)) {
      const result = pending.get(emitted)!;
      pending.delete(emitted);
      onResult(emitted++, result);
    }
  };
  const extra = Math.min(runHere ? threads - 1 : threads, count);
  const { Worker: WorkerThread } = workerThreads();
  const workers = Array.from({ length: extra }, () => new WorkerThread(spec.url, { workerData: spec.data, resourceLimits: spec.limits }));
  // The main thread takes one task at a time, and only while the workers' queues are full enough.
  const here = async () => {
    if (!runHere) return;
    while (next < count || retry.length) {
      const index = retry.length ? retry.shift()! : next++;
      pending.set(index, await runHere(index));
      flush();
      await yieldToEvents();
    }
  };
  const inWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const inFlight = new Set<number>();
      // Queue several only while there is plenty left, so a short run still spreads over every thread.
      const depth = () => (count - next > threads * IN_FLIGHT ? IN_FLIGHT : 1);
      const feed = () => {
        while (inFlight.size < depth() && next < count) inFlight.add(next), worker.postMessage(next++);
        if (inFlight.size === 0) resolve();
      };
      worker.on('message', (msg: { index: number; result: T }) => {
        inFlight.delete(msg.index);
        pending.set(msg.index, msg.result);
        flush();
        feed();
      });
      worker.on('error', (err) => {
        if (!runHere || !outOfMemory(err)) return reject(err);
        retry.push(...inFlight);
        resolve();
      });
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`))));
      feed();
    });
  try {
    await Promise.all([here(), ...workers.map(inWorker)]);
    // A worker that failed after the main thread ran out of tasks left its own.
    await here();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
