import path from 'node:path';
import type { ConfigResolver, FileSettings } from '../config/resolve.js';
import { fromBytes, openSource, ReadError, type SourceInput } from '../read/read-source.js';
import { readStaged, type StagedFile } from '../read/staged.js';
import type { FileResult } from '../model/types.js';
import { sha256 } from '../text/sha256.js';
import { lookupCached, type CacheEntries } from './cache.js';
import { derivable, needsDerivation } from './derive.js';
import { sealExtras } from './entry-extras.js';
import { withFixSuggestions } from '../fix/suggest.js';
import { settingsHash } from './settings-hash.js';
import { depsUnchanged, sealDeps } from './image-deps.js';
import { lintFile } from '../pipeline/lint-file.js';

/** One file to lint: plain data, so a worker thread can take it too. */
export interface FileTask {
  filePath: string;
  /** Set for --staged: read the index blob instead of the working tree. */
  staged?: StagedFile;
}

export interface TaskContext {
  cwd: string;
  resolver: ConfigResolver;
  /** A read-only view of the result cache (`--cache`). */
  cache?: CacheEntries;
  /** Keep the decoded text on the result (only reports that show posts need it). */
  keepSource: boolean;
  /** Put each finding's fix suggestion on it (reports that print them); a cache hit restores them. */
  fixes?: boolean;
  /** Answer from the cache only; a miss comes back as `{ miss: true }` for a worker to lint. */
  cacheOnly?: boolean;
}

/** A finished task: its result (undefined when the config ignores the file) and the cache key of its content. */
export interface TaskOutcome {
  result?: FileResult;
  hash?: string;
  miss?: boolean;
  /** Answered from the cache: nothing new to store. */
  cached?: boolean;
  /** The result's texts, pointers and fix suggestions, sealed for its cache entry (entry-extras.ts). */
  extras?: string;
  /** The config files that turned every rule off for this file (so nothing was checked). */
  rulesOff?: string;
  /** Image analyses made for this file, sealed for the cache file. */
  images?: Record<string, string>;
  /** The local images the result depends on, sealed (run/image-deps.ts). */
  imageDeps?: string;
}

function opener(task: FileTask, cwd: string): () => Promise<SourceInput> {
  const { staged } = task;
  if (!staged) return () => openSource(path.resolve(cwd, task.filePath));
  return async () => {
    try {
      return fromBytes(readStaged(cwd, staged));
    } catch (err) {
      throw new ReadError((err as NodeJS.ErrnoException).code ?? 'git show failed');
    }
  };
}

/**
 * Lints one file with its own settings, answering from the cache when the
 * file's text and settings are unchanged. Used alike by the main thread and
 * by worker threads, so results cannot depend on --concurrency.
 */
export async function runTask(task: FileTask, ctx: TaskContext): Promise<TaskOutcome> {
  const settings = ctx.resolver.settingsFor(task.filePath);
  if (settings.ignored) return {};
  const outcome = await lintTask(task, ctx, settings);
  if (outcome.result && settings.rules.length === 0) outcome.rulesOff = settings.merged.configFiles.join(', ') || 'the rule options';
  return outcome;
}

async function lintTask(task: FileTask, ctx: TaskContext, settings: FileSettings): Promise<TaskOutcome> {
  // A file the cache has never seen is a miss without reading it (the worker that lints it reads it once).
  if (ctx.cacheOnly && !(ctx.cache && Object.hasOwn(ctx.cache.files, task.filePath))) return { miss: true };
  const open = opener(task, ctx.cwd);
  let input: SourceInput | undefined;
  try {
    input = await open();
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
  }
  let hash: string | undefined;
  if (input?.kind === 'text' && ctx.cache) {
    // The digest of text then settings hash, as one string: the same key as hashing them in turn.
    hash = sha256(input.text + settingsHash(settings));
    const entry = Object.hasOwn(ctx.cache.files, task.filePath) ? ctx.cache.files[task.filePath] : undefined;
    const imagesKept = !entry?.imageDeps || depsUnchanged(entry.imageDeps, input.text, ctx.cwd);
    const hit = imagesKept ? lookupCached(ctx.cache, task.filePath, hash, input.text, ctx.fixes) : undefined;
    if (hit) {
      const found = { ...hit, contentHash: sha256(input.text) };
      return { result: ctx.keepSource ? { ...found, source: input.text } : found, hash, cached: true };
    }
  }
  if (ctx.cacheOnly) return { miss: true };
  const stored: Record<string, string> = {};
  const images = { settings: settings.images, cwd: ctx.cwd, cached: ctx.cache?.images, stored };
  const linted = await lintFile(task.filePath, input ? async () => input : open, settings, images);
  // The same function the CLI runs over a report (fix/suggest.ts), here so that the cache can keep its answers.
  const result = ctx.fixes ? withFixSuggestions([linted])[0] : linted;
  // What the audit log and approvals bind to; a streamed (very large) file is not hashed.
  if (input?.kind === 'text') result.contentHash = sha256(input.text);
  // A post that shows local images is cached with their content hashes (sealed): a changed or new image makes it a miss.
  const deps = result.imageDeps && hash && input?.kind === 'text' ? { imageDeps: sealDeps(result.imageDeps, input.text, ctx.cwd) } : {};
  delete result.imageDeps;
  const sealed = Object.keys(stored).length ? { images: stored } : {};
  // A text or pointer that parsing again would not give back (what an image holds) is not cached: its message may quote it.
  if (hash && input?.kind === 'text' && needsDerivation(input.text, result.findings) && !(await derivable(input.text, task.filePath, result.findings))) hash = undefined;
  const extras = hash && input?.kind === 'text' ? sealExtras(input.text, result.findings, Boolean(ctx.fixes)) : undefined;
  if (!ctx.keepSource) delete result.source;
  return { result, hash, ...(extras ? { extras } : {}), ...sealed, ...(hash ? deps : {}) };
}
