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
 * few ahead. When the main thread has no task left, it does the oldest task
 * still out with a worker itself (whichever answer comes first is kept: a
 * task's result does not depend on its thread), so a worker still starting
 * up never makes a short run wait for it. A worker that runs out of its
 * heap (`spec.limits`) is dropped and the main thread (`runHere`, whose
 * heap has no such limit) does its unfinished tasks.
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
  /** Tasks handed to a worker and not answered yet, oldest first. */
  const out = new Set<number>();
  let next = 0;
  let emitted = 0;
  let finish!: () => void;
  let fail!: (err: unknown) => void;
  const done = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const answer = (index: number, result: T) => {
    out.delete(index);
    if (index < emitted || pending.has(index)) return;
    pending.set(index, result);
    while (pending.has(emitted)) {
      const first = pending.get(emitted)!;
      pending.delete(emitted);
      onResult(emitted++, first);
    }
    if (emitted === count) finish();
  };
  const extra = Math.min(runHere ? threads - 1 : threads, count);
  if (!extra && !runHere) throw new Error('runOrdered: no thread to run the tasks on');
  const { Worker: WorkerThread } = workerThreads();
  const workers = Array.from({ length: extra }, () => new WorkerThread(spec.url, { workerData: spec.data, resourceLimits: spec.limits }));
  /** The main thread's next task: a new one, else the oldest a worker has not answered (a dropped worker's too). */
  const take = () => (next < count ? next++ : out.values().next().value);
  const here = async () => {
    if (!runHere) return;
    for (let index = take(); index !== undefined && emitted < count; index = take()) {
      out.delete(index);
      answer(index, await runHere(index));
      await yieldToEvents();
    }
  };
  const start = (worker: Worker) => {
    const mine = new Set<number>();
    // Queue several only while there is plenty left, so a short run still spreads over every thread.
    const depth = () => (count - next > threads * IN_FLIGHT ? IN_FLIGHT : 1);
    const feed = () => {
      while (mine.size < depth() && next < count) mine.add(next), out.add(next), worker.postMessage(next++);
    };
    worker.on('message', (msg: { index: number; result: T }) => {
      mine.delete(msg.index);
      answer(msg.index, msg.result);
      feed();
    });
    worker.on('error', (err) => {
      if (runHere && outOfMemory(err)) return; // its tasks stay out, for the main thread to take
      fail(err);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !runHere) fail(new Error(`worker exited with code ${code}`));
    });
    feed();
  };
  try {
    workers.forEach(start);
    here().catch(fail);
    await done;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
