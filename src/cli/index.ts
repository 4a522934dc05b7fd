import { Command, CommanderError, Option } from 'commander';
import { lintFiles, lintText, loadRules } from '../api.js';
import { decodeStdin } from '../read/read-source.js';
import { baselineStep, printConfig, runInit, type BaselineFlags } from './config-actions.js';
import { maskResults } from '../report/mask.js';
import { exitCodeFor, toReport } from '../report/summary.js';
import { errorReport, UsageError } from '../lib/errors.js';
import { FORMAT_NAMES, getFormat } from '../report/formatters/index.js';
import { diagnosticLines } from '../report/diagnostics.js';
import { progressLine, tooManyWarnings, writeOutput } from './output.js';
import type { LintReport, Severity } from '../model/types.js';
import { keepAtLeast, minSeverityFor, SEVERITIES } from './min-severity.js';
import { parseConcurrency, type Concurrency } from '../run/run-options.js';
import { parseShard, type Shard } from '../run/shard.js';
import { VERSION } from '../lib/version.js';
import { ConfigResolver } from '../config/resolve.js';
import type { CliIo } from './io.js';
import { fixImagesStep, fixing, fixStep, parseFixSeverity, type FixFlags } from './fix.js';
import { withFixSuggestions } from '../fix/suggest.js';
import { runExplain, runRules } from './rules-command.js';
import { useColor } from './color.js';
import { HELP_AFTER } from './help.js';
import { collect, integer } from './subcommand.js';
import { runLsp, runServe } from './editor-commands.js';
import { runApprove, runAudit } from './audit-command.js';
import { auditStep } from './audit-step.js';

export type { CliIo } from './io.js';

interface CliOptions extends BaselineFlags, FixFlags {
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  minSeverity?: Severity;
  color?: boolean;
  mask: boolean;
  rules: string[];
  ext: string[];
  ignorePattern: string[];
  stdin?: boolean;
  stdinFilename?: string;
  errorOnUnmatchedPattern: boolean;
  staged?: boolean;
  config?: string;
  configLookup: boolean;
  printConfig?: string;
  inlineConfig: boolean;
  concurrency: Concurrency;
  cache?: boolean;
  cacheLocation: string;
  shard?: Shard;
  auditLog?: string;
  images: boolean;
}

/** `--ext .mdx,html`: comma-separated, the dot optional (as ESLint's --ext). */
const collectExtensions = (value: string, previous: string[]) => [
  ...previous,
  ...value.split(',').filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`)),
];

function program(io: CliIo): Command {
  return new Command('phi-lint')
    .description('Find protected health information (PHI) in drafted posts before they are published.')
    .argument('[paths...]', 'files, folders or globs to lint', [])
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer, -1)
    .option('--quiet', 'report errors only (--min-severity error; a clean run prints nothing)')
    .addOption(new Option('--min-severity <level>', 'show findings at or above this level (default: warning for stylish, compact and github; info for the others); the exit code still counts every finding').choices(SEVERITIES))
    .option('--color', 'force coloured output (or set FORCE_COLOR=1)')
    .option('--no-color', 'disable coloured output')
    .option('--no-mask', 'show the matched text in reports (keep reports private!)')
    .option('--rules <pack.yaml>', 'add a rule pack (repeatable)', collect, [])
    .option('--ext <.ext,...>', 'also lint these file extensions in folders and globs (repeatable): .mdx as Markdown, .csv one post per row, others as text', collectExtensions, [])
    .option('--ignore-pattern <pattern>', 'do not lint files matching this .gitignore-style pattern, relative to the working directory (repeatable)', collect, [])
    .option('--stdin', 'lint text read from standard input')
    .option('--stdin-filename <name>', 'file name to report for --stdin (its extension picks the parser)')
    .option('--staged', 'lint the staged (index) content of staged files, for pre-commit hooks; paths narrow them')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or glob matches no file')
    .option('-c, --config <file>', 'use this config file, over the .phi-lint.yaml files found')
    .option('--no-config-lookup', 'do not look for .phi-lint.yaml files')
    .option('--print-config <file>', 'print the settings that apply to a file, then exit')
    .option('--no-inline-config', 'ignore phi-lint-disable comments and fields')
    .option('--baseline <file>', 'do not report the findings accepted in this baseline file')
    .option('--update-baseline', 'accept every current finding into the --baseline file')
    .option('--prune-baseline', 'remove entries that no longer match from the --baseline file')
    .option('--concurrency <n>', 'worker threads: auto, off or a number', parseConcurrency, 'auto' as Concurrency)
    .option('--cache', 'only re-lint files whose text or settings changed since the last --cache run')
    .option('--cache-location <file>', 'where --cache keeps its results (no matched text is stored)', '.phi-lint-cache')
    .option('--shard <i/n>', 'lint only part i of n of the files (deterministic by path, for CI matrices)', parseShard)
    .option('--audit-log <file>', 'append a record of this run (no post text) to a hash-chained JSON Lines file')
    .option('--fix', 'rewrite every fixable error in the files (atomically), then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff (masked unless --no-mask) and write nothing')
    .option('--fix-severity <level>', 'also fix warnings: error (default) or warning', parseFixSeverity)
    .option('--fix-images', "strip the metadata (GPS, names, captions) of the images a finding names, in place; pixels are kept")
    .option('--no-images', 'do not look inside images (metadata, text, faces)')
    .addHelpText('after', HELP_AFTER)
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

/** Runs phi-lint and returns the exit code: 0 clean, 1 findings, 2 usage error or unscannable input. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const cmd = program(io);
  try {
    if (argv[0] === 'init') return runInit(argv.slice(1), io);
    if (argv[0] === 'rules') return await runRules(argv.slice(1), io);
    if (argv[0] === 'explain') return await runExplain(argv.slice(1), io);
    if (argv[0] === 'lsp') return await runLsp(argv.slice(1), io);
    if (argv[0] === 'serve') return await runServe(argv.slice(1), io);
    if (argv[0] === 'audit') return await runAudit(argv.slice(1), io);
    if (argv[0] === 'approve') return await runApprove(argv.slice(1), io);
    cmd.parse(argv, { from: 'user' });
    return await lint(cmd.processedArgs[0] as string[], cmd.opts<CliOptions>(), io);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    io.stderr.write(errorReport(err, cmd.opts<CliOptions>().mask === false));
    return 2;
  }
}

async function lint(paths: string[], options: CliOptions, io: CliIo): Promise<number> {
  const { config: configFile, configLookup, inlineConfig, images } = options;
  const ruleOptions = { rulePacks: options.rules, cwd: io.cwd, configFile, configLookup, inlineConfig, images, ignorePatterns: options.ignorePattern };
  if (options.printConfig) return printConfig(options.printConfig, ruleOptions, io);
  const { format, chunks, needs } = getFormat(options.format);
  const fix = fixing(options);
  let report: LintReport;
  // Printed after the report: a cache that could not be written must not hide the findings.
  const warnings: string[] = [];
  if (options.stdin) {
    if (paths.length || options.staged) throw new UsageError('--stdin cannot be combined with file paths or --staged');
    const input = await io.readStdin();
    const { text, notes } = typeof input === 'string' ? { text: input, notes: [] } : decodeStdin(input);
    const filePath = options.stdinFilename ?? '<stdin>';
    if (options.stdinFilename && new ConfigResolver(ruleOptions).settingsFor(filePath).ignored) {
      warnings.push(`phi-lint: warning: ${filePath}: --stdin-filename is ignored because of a matching ignore pattern (ignorePatterns in your config, or --ignore-pattern), so the text was not checked\n`);
    }
    const result = await lintText(text, { ...ruleOptions, filePath });
    report = toReport([notes.length ? { ...result, notes: [...notes, ...(result.notes ?? [])] } : result]);
  } else {
    const lintOptions = {
      ...ruleOptions,
      staged: options.staged,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      extensions: options.ext,
      concurrency: options.concurrency,
      cache: options.cache ? options.cacheLocation : undefined,
      shard: options.shard,
      // A fix and its suggestions are read from the post's text.
      keepSource: Boolean(needs.source || needs.fixes || fix || options.fixImages),
      // Suggestions are made (or restored from --cache) as each file is linted.
      fixes: Boolean(needs.fixes),
      onProgress: progressLine(io),
      onWarning: (message: string) => warnings.push(`phi-lint: warning: ${message}\n`),
    };
    report = baselineStep(await lintFiles(paths, lintOptions), options, ruleOptions, io);
    if (options.fixImages) report = await fixImagesStep(report, options, lintOptions, { ...ruleOptions }, io);
    if (fix) {
      const done = await fixStep(report, options, lintOptions, { ...ruleOptions }, io);
      report = done.report;
      if (options.fixDryRun) io.stdout.write(done.diff);
    }
  }
  if (options.stdin) report = baselineStep(report, options, ruleOptions, io);
  if (options.stdin && needs.fixes) report = { ...report, files: withFixSuggestions(report.files) };
  const diagnostics = diagnosticLines(report.files, { notes: !options.quiet });
  if (diagnostics) io.stderr.write(diagnostics);
  const exitCode = exitCodeFor(report.summary, options.maxWarnings);
  const minSeverity = minSeverityFor(options.format, options);
  warnings.push(...tooManyWarnings(report.summary, { ...options, minSeverity }));
  const { shown, hidden } = present(report, options, minSeverity);
  const color = useColor(options.color, io.env, { isTTY: io.isTTY, toFile: Boolean(options.outputFile) });
  // Compiling the packs again costs time: only a format that lists every rule that ran gets them.
  const rules = needs.rules ? loadRules(ruleOptions).map((r) => ({ ...r.spec, ...(r.docs ? { docs: r.docs } : {}) })) : undefined;
  const formatOptions = { color, rules, masked: options.mask, hidden, quiet: options.quiet };
  // A format that can write in pieces does: a large report is never held whole.
  const output = chunks ? chunks(shown, formatOptions) : format(shown, formatOptions);
  try {
    // A dry run's diff takes stdout: the report goes only to -o.
    if (!options.fixDryRun || options.outputFile) writeOutput(output, options.outputFile, io);
  } finally {
    for (const line of warnings) io.stderr.write(line);
  }
  // After the report: a log that cannot be written fails the run (exit 2), but the findings are shown first.
  return auditStep(report, exitCode, { auditLog: options.auditLog, ...ruleOptions }, io);
}

/** What the user sees: masking hides matched text (of every finding, shown or not), --min-severity (--quiet) drops the lower ones. */
function present(report: LintReport, options: CliOptions, minSeverity: Severity) {
  const masked = options.mask ? maskResults(report.files) : report.files;
  const { files, hidden } = keepAtLeast(masked, minSeverity);
  return { shown: Object.keys(hidden).length ? toReport(files) : { ...report, files }, hidden };
}
