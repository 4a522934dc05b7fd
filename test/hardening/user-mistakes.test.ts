import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../src/cli/index.js';
import { BIN, phiLint } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

/** Runs the CLI in-process with a fake io; `failWrite` makes stdout.write throw, as a bug would. */
async function runCli(args: string[], cwd: string, failWrite?: () => Error) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: {},
    isTTY: false,
    readStdin: async () => '',
    stdout: {
      write: (s: string) => {
        if (failWrite) throw failWrite();
        stdout += s;
      },
    },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const STACK_LINE = /^\s+at /m;

describe('user mistakes: one clear line, exit 2, no stack trace', () => {
  const cwd = workspace({ 'post.txt': 'mrn 00482913\n', 'broken.yaml': 'rules: [\n' });

  it.each([
    [['--rules', 'missing.yaml', 'post.txt'], 'phi-lint: missing.yaml: cannot read rule pack (ENOENT)\n'],
    [['--rules', '.', 'post.txt'], 'phi-lint: .: cannot read rule pack (EISDIR)\n'],
    [['--rules', 'broken.yaml', 'post.txt'], /^phi-lint: broken\.yaml:2:1: invalid YAML: [^\n]+\n$/],
    [['-o', 'no/such/dir/r.txt', 'post.txt'], 'phi-lint: cannot write "no/such/dir/r.txt": its folder does not exist\n'],
    [['--stdin', 'post.txt'], 'phi-lint: --stdin cannot be combined with file paths or --staged\n'],
    [['missing.txt'], /^phi-lint: no files matching "missing\.txt" were found/],
    [['--max-warnings', 'many', 'post.txt'], "error: option '--max-warnings <n>' argument 'many' is invalid. expected a whole number\n"],
    [['--format', 'xml', 'post.txt'], /^error: option '-f, --format <name>' argument 'xml' is invalid\. Allowed choices are stylish, json, compact, sarif, junit, github, html\.\n$/],
    [['--rules'], "error: option '--rules <pack.yaml>' argument missing\n"],
    [['--bogus'], "error: unknown option '--bogus'\n"],
  ])('%j', async (args, message) => {
    const r = await runCli(args as string[], cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('the real bin adds nothing: same line, exit 2', () => {
    expect(phiLint(['-o', 'no/r.txt', 'post.txt'], { cwd })).toMatchObject({ code: 2, stderr: 'phi-lint: cannot write "no/r.txt": its folder does not exist\n' });
  });

  it('a reader that closes the pipe early ends the run quietly', () => {
    const big = workspace({ 'a.txt': 'mrn 00482913\n'.repeat(5_000) });
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" -f json a.txt | head -c 10 >/dev/null`], { cwd: big, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // the findings' exit code, not a crash
  });
});

describe('an internal bug: a short report, exit 2', () => {
  const cwd = workspace({ 'post.txt': 'mrn 00482913\n' });
  const bug = () => new TypeError('cannot format "mrn 00482913"'); // a message that quotes the scanned text

  it('names the error and where it happened, but hides details that may quote the text', async () => {
    const r = await runCli(['post.txt'], cwd, bug);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: internal error \(TypeError at src\/[\w/.-]+:\d+:\d+\): this is a bug in phi-lint; please report it with the command you ran\.\n/);
    expect(r.stderr).toContain('rerun with --no-mask to see them');
    expect(r.stderr).not.toContain('00482913');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('shows the message and stack with --no-mask', async () => {
    const r = await runCli(['--no-mask', 'post.txt'], cwd, bug);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TypeError: cannot format "mrn 00482913"');
    expect(r.stderr).toMatch(STACK_LINE);
  });
});
