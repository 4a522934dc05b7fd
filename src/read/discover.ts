import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { fastGlob, ignore } from '../lib/lazy-modules.js';
import { UsageError } from '../lib/errors.js';
import { DEFAULT_EXTENSIONS } from '../formats/index.js';
import { IMAGE_EXTENSIONS, isImagePath } from '../images/formats.js';
import { entryKind, safeWalkFs, SKIPPED_FOLDERS, walkFiles, type WalkProblem } from './safe-fs.js';

export interface DiscoverOptions {
  cwd: string;
  /** Extensions linted everywhere (default DEFAULT_EXTENSIONS; `--ext` adds to them). */
  extensions?: string[];
  /** Extensions the configs of a folder add (`extensions:`), by absolute folder. */
  extensionsIn?: (dir: string) => readonly string[];
  errorOnUnmatchedPattern?: boolean;
  /** Told of a folder named on the command line that holds no file to lint (not an error: "0 files"). */
  onEmptyFolder?: (folder: string) => void;
  /** Called for each folder that could not be listed, or (`file`) path that cannot be read as a file; without it, that is a UsageError. */
  onUnreadable?: (folder: string, code: string, file?: boolean) => void;
}

const ALWAYS_SKIPPED = [...SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`);

/**
 * Paths, directories and globs -> a sorted list of files (relative to cwd
 * where possible). Files named explicitly are always linted; files found by
 * walking a directory or a glob must have a known extension and must not be
 * ignored by a .gitignore, as ESLint and Prettier behave; image files are
 * found by a glob that names their extension (a walk finds them through the
 * posts that reference them).
 */
export function discover(patterns: string[], options: DiscoverOptions): string[] {
  const { cwd } = options;
  const exts = options.extensions ?? DEFAULT_EXTENSIONS;
  const hasExtension = (f: string, ext: string) => exts.includes(ext) || (options.extensionsIn?.(path.dirname(f)).includes(ext) ?? false);
  // "!drafts/" leaves out what a .gitignore line "drafts/" would, relative to cwd.
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const excluded = negated.length ? (f: string) => matchesIgnore(cwd, negated, f) : () => false;
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const found = new Set<string>();
  for (const pattern of positive.length ? positive : ['.']) {
    const abs = path.resolve(cwd, pattern);
    // lstat first: a broken link or a link loop named on the command line is a file that cannot be read, not an unmatched glob.
    const kind = existsLink(abs) ? entryKind(abs) : undefined;
    let files: string[];
    /** Extensions of files a folder holds that are not linted (a hint when it has nothing else). */
    let otherExtensions = new Set<string>();
    const problems: WalkProblem[] = [];
    if (kind === 'file') files = excluded(abs) ? [] : [abs];
    else if (typeof kind === 'object') {
      files = [];
      problems.push({ path: abs, code: kind.problem, file: true });
    } else if (kind === 'dir') {
      // A folder is walked directly; its files match by their extension as written, as the glob "*.{md,...}" did.
      const kept = (f: string) => !isGitIgnored(f) && !excluded(f);
      const walked = (f: string) => hasExtension(f, path.extname(f)) && kept(f);
      const all = walkFiles(abs, problems);
      files = all.filter(walked);
      // Dot files (.gitkeep, .DS_Store) do not make a folder any less empty.
      if (!files.length) otherExtensions = new Set(all.filter((f) => kept(f) && !path.basename(f).startsWith('.')).map((f) => path.extname(f) || '(none)'));
      keepProblems(problems, walked);
    } else {
      // A glob that names image files ("photos/*.jpg") lints them as images; "content/**" finds them through the posts that show them.
      const images = NAMES_IMAGES.test(pattern);
      files = globFiles(cwd, pattern, problems, (f) => (hasExtension(f, path.extname(f).toLowerCase()) || (images && isImagePath(f))) && !isGitIgnored(f) && !excluded(f));
    }
    for (const p of problems) unreadable(toDisplay(p.path, cwd), p.code, options, p.file);
    if (!files.length && !problems.length) {
      // An empty folder named as such is a fact to report ("0 files"), not a mistake; a glob or a path that matches
      // nothing is one, and so is a folder of files phi-lint does not lint (the user probably meant them).
      const others = [...otherExtensions].sort().join(', ');
      if (kind === 'dir' && !others && options.onEmptyFolder) options.onEmptyFolder(toDisplay(abs, cwd) || '.');
      else if (kind !== 'file' && options.errorOnUnmatchedPattern !== false) {
        const hint = others ? `it holds files with other extensions (${others}), which --ext adds; ` : '';
        throw new UsageError(`no files matching "${pattern}" were found (${hint}use --no-error-on-unmatched-pattern to allow this)`);
      }
    }
    for (const f of files) found.add(f);
  }
  return [...found].map((f) => toDisplay(f, cwd)).sort();
}

/** The last part of a glob names an image extension: "*.jpg", "*.{png,webp}". */
const NAMES_IMAGES = new RegExp(`\\.[^/]*\\b(?:${IMAGE_EXTENSIONS.join('|')})\\b[^/]*$`, 'i');
const ignoreMatchers = new Map<string, Ignore>();
/** Whether .gitignore-style `patterns`, relative to `base`, match `file` (a file outside `base` never does). */
export function matchesIgnore(base: string, patterns: string[], file: string): boolean {
  const rel = path.relative(base, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const key = patterns.join('\n');
  let ig = ignoreMatchers.get(key);
  if (!ig) ignoreMatchers.set(key, (ig = ignore()().add(patterns)));
  return ig.ignores(rel.split(path.sep).join('/'));
}

/** Whether anything, even a broken link, is at `file`. */
function existsLink(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Drops the unreadable files a walk or glob found that would not have been linted anyway (other extensions, git-ignored). */
function keepProblems(problems: WalkProblem[], linted: (file: string) => boolean): void {
  const kept = problems.filter((p) => !p.file || linted(p.path));
  problems.splice(0, problems.length, ...kept);
}

/** Files a glob matches, skipping what a folder walk skips; a matched broken link, link loop or named pipe lands in `problems`. */
function globFiles(cwd: string, pattern: string, problems: WalkProblem[], linted: (file: string) => boolean): string[] {
  const glob = fastGlob().convertPathToPattern(cwd) + '/' + pattern;
  const options = { ignore: ALWAYS_SKIPPED, dot: false, absolute: true, followSymbolicLinks: true, suppressErrors: true, fs: safeWalkFs(problems) };
  // With onlyFiles, fast-glob drops what is neither file nor folder without a word: ask for everything and sort it here.
  const files: string[] = [];
  for (const entry of fastGlob().sync(glob, { ...options, onlyFiles: false, markDirectories: true })) {
    if (entry.endsWith('/') || !linted(entry)) continue;
    const kind = entryKind(entry);
    if (kind === 'file') files.push(entry);
    else if (typeof kind === 'object') problems.push({ path: entry, code: kind.problem, file: true });
  }
  return files;
}

function unreadable(where: string, code: string, options: DiscoverOptions, file?: boolean): void {
  if (!options.onUnreadable) throw new UsageError(`cannot read ${file ? 'file' : 'folder'} "${where}" (${code})`);
  options.onUnreadable(where, code, file);
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
