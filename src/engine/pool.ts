import { Worker } from 'node:worker_threads';

/**
 * Runs `count` tasks on worker threads and hands each result to `onResult`
 * in task order, whatever order the workers finish in, so the output of a
 * parallel run is identical to a single-threaded one. Each worker gets
 * `workerData` once and then a task index per message.
 */
export async function runOrdered<T>(
  workerUrl: URL,
  workerData: unknown,
  count: number,
  threads: number,
  onResult: (index: number, result: T) => void,
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
  const workers = Array.from({ length: Math.min(threads, count) }, () => new Worker(workerUrl, { workerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= count) return resolve();
              worker.postMessage(next++);
            };
            worker.on('message', (msg: { index: number; result: T }) => {
              pending.set(msg.index, msg.result);
              flush();
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with code ${code}`))));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
