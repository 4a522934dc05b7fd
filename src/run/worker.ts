import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver, type ResolverOptions } from '../config/resolve.js';
import type { CacheEntries } from './cache.js';
import { runTask, type FileTask } from './run-task.js';

/** What the main thread hands every worker once (plain data: no compiled rules cross threads). */
export interface WorkerSetup {
  resolver: ResolverOptions;
  tasks: FileTask[];
  cache?: CacheEntries;
  keepSource: boolean;
  fixes: boolean;
}

const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver(setup.resolver);
const ctx = { cwd: setup.resolver.cwd, resolver, cache: setup.cache, keepSource: setup.keepSource, fixes: setup.fixes };

// One task index per message; the pool keeps a few queued so this thread never waits for the next.
parentPort!.on('message', async (index: number) => {
  parentPort!.postMessage({ index, result: await runTask(setup.tasks[index], ctx) });
});
