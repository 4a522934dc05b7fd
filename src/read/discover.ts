import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { fastGlob, ignore } from '../lib/lazy-modules.js';
import { UsageError } from '../lib/errors.js';
import { DEFAULT_EXTENSIONS } from '../formats/index.js';
import { safeWalkFs, SKIPPED_FOLDERS, walkFiles, type WalkProblem } from './safe-fs.js';

export interface DiscoverOptions {
  cwd: string;
  extensions?: string[];
  errorOnUnmatchedPattern?: boolean;
  /** Called for each folder that could not be listed; without it, that is a UsageError. */
  onUnreadable?: (folder: string, code: string) => void;
}

const ALWAYS_SKIPPED = [...SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`);

/**
 * Paths, directories and globs -> a sorted list of files (relative to cwd
 * where possible). Files named explicitly are always linted; files found by
 * walking a directory or a glob must have a known extension and must not be
 * ignored by a .gitignore, as ESLint and Prettier behave.
 */
export function discover(patterns: string[], options: DiscoverOptions): string[] {
  const { cwd } = options;
  const exts = options.extensions ?? DEFAULT_EXTENSIONS;
  const found = new Set<string>();
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    const stat = existsSync(abs) ? statSync(abs) : undefined;
    let files: string[];
    const problems: WalkProblem[] = [];
    if (stat?.isFile()) files = [abs];
    else if (stat?.isDirectory()) {
      // A folder is walked directly; its files match by their extension as written, as the glob "*.{md,...}" did.
      files = walkFiles(abs, problems).filter((f) => exts.includes(path.extname(f)) && !isGitIgnored(f));
    } else {
      files = globFiles(cwd, pattern, problems).filter((f) => exts.includes(path.extname(f).toLowerCase()) && !isGitIgnored(f));
    }
    for (const p of problems) unreadable(toDisplay(p.path, cwd), p.code, options);
    if (!files.length && !problems.length && options.errorOnUnmatchedPattern !== false) {
      throw new UsageError(`no files matching "${pattern}" were found (use --no-error-on-unmatched-pattern to allow this)`);
    }
    for (const f of files) found.add(f);
  }
  return [...found].map((f) => toDisplay(f, cwd)).sort();
}

/** Files a glob matches, skipping what a folder walk skips. */
function globFiles(cwd: string, pattern: string, problems: WalkProblem[]): string[] {
  const glob = fastGlob().convertPathToPattern(cwd) + '/' + pattern;
  const options = { ignore: ALWAYS_SKIPPED, dot: false, absolute: true, followSymbolicLinks: true, suppressErrors: true, fs: safeWalkFs(problems) };
  return fastGlob().sync(glob, options);
}

function unreadable(folder: string, code: string, options: DiscoverOptions): void {
  if (!options.onUnreadable) throw new UsageError(`cannot read folder "${folder}" (${code})`);
  options.onUnreadable(folder, code);
}

/** Path pieces that path.relative would resolve: "//", "/./", "/../", or a trailing "/" or "/.". */
const NOT_NORMAL = /\/\/|\/\.\.?(?:\/|$)|\/$/;

/** A found file as reports show it: relative to cwd with "/" separators, or absolute when outside cwd. */
export function toDisplay(file: string, cwd: string): string {
  // A walk joins normalised paths under cwd: the part after cwd is the relative path (path.relative costs 4 us a file).
  const base = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  const fast = path.sep === '/' && file.startsWith(base) && path.isAbsolute(cwd) && !NOT_NORMAL.test(file);
  const rel = fast ? file.slice(base.length) : path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** .gitignore rules from the file's folder up to the repository root. */
const ignoreCache = new Map<string, Ignore | null>();

function gitignoreIn(dir: string): Ignore | null {
  if (!ignoreCache.has(dir)) {
    const file = path.join(dir, '.gitignore');
    let rules: string | undefined;
    try {
      rules = readFileSync(file, 'utf8');
    } catch {
      // No .gitignore, or an unreadable one: lint more rather than less.
    }
    ignoreCache.set(dir, rules === undefined ? null : ignore()().add(rules));
  }
  return ignoreCache.get(dir)!;
}

const repoRoots = new Map<string, boolean>();
/** Whether `dir` holds a .git entry, asked once per folder. */
function isRepoRoot(dir: string): boolean {
  let root = repoRoots.get(dir);
  if (root === undefined) repoRoots.set(dir, (root = existsSync(path.join(dir, '.git'))));
  return root;
}

/** The .gitignore rules that apply in a folder: each folder's own, from it up to the repository root, nearest first. */
const rulesCache = new Map<string, { dir: string; ig: Ignore }[]>();

function rulesFor(dir: string): { dir: string; ig: Ignore }[] {
  let rules = rulesCache.get(dir);
  if (!rules) {
    rules = [];
    for (let d = dir; ; d = path.dirname(d)) {
      const ig = gitignoreIn(d);
      if (ig) rules.push({ dir: d, ig });
      if (isRepoRoot(d) || path.dirname(d) === d) break;
    }
    rulesCache.set(dir, rules);
  }
  return rules;
}

export function isGitIgnored(file: string): boolean {
  return rulesFor(path.dirname(file)).some(({ dir, ig }) => ig.ignores(path.relative(dir, file).split(path.sep).join('/')));
}
