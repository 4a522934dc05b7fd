import { Worker } from 'node:worker_threads';

/** Tasks queued per worker, so a worker never waits for the main thread's answer between two files. */
const IN_FLIGHT = 4;

/** Lets queued worker messages in between two files the main thread lints itself. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `count` tasks on `threads` threads and hands each result to
 * `onResult` in task order, whatever order they finish in, so the output of
 * a parallel run is identical to a single-threaded one. With `runHere`, the
 * main thread is one of the threads (it lints too, between handing tasks to
 * the workers), so `threads` 2 starts one worker, not two idle-main ones.
 * Each worker gets `workerData` once and then a task index per message, a
 * few ahead.
 */
export async function runOrdered<T>(
  workerUrl: URL,
  workerData: unknown,
  count: number,
  threads: number,
  onResult: (index: number, result: T) => void,
  runHere?: (index: number) => Promise<T>,
): Promise<void> {
  if (count === 0) return;
  const pending = new Map<number, T>();
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
  const workers = Array.from({ length: extra }, () => new Worker(workerUrl, { workerData }));
  // The main thread takes one task at a time, and only while the workers' queues are full enough.
  const here = async () => {
    if (!runHere) return;
    while (next < count) {
      const index = next++;
      pending.set(index, await runHere(index));
      flush();
      await yieldToEvents();
    }
  };
  try {
    await Promise.all([
      here(),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            // Queue several only while there is plenty left, so a short run still spreads over every thread.
            const depth = () => (count - next > threads * IN_FLIGHT ? IN_FLIGHT : 1);
            const feed = () => {
              while (inFlight < depth() && next < count) inFlight++, worker.postMessage(next++);
              if (inFlight === 0) resolve();
            };
            worker.on('message', (msg: { index: number; result: T }) => {
              inFlight--;
              pending.set(msg.index, msg.result);
              flush();
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`))));
            feed();
          }),
      ),
    ]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
