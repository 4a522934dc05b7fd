import path from 'node:path';
import { run } from '../../src/cli/index.js';
import { ROOT } from './cli.js';

export const FORMATS_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'formats');

/** Runs the CLI in this process (no spawn, the NLP model loads once per worker) and captures its output. */
export async function runCli(args: string[], cwd = FORMATS_FIXTURES) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => '',
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Every matched text of a run (raw, from --no-mask JSON), for asserting that masked output never shows one. */
export async function rawMatches(paths: string[]): Promise<string[]> {
  const doc = JSON.parse((await runCli(['--no-mask', '-f', 'json', ...paths])).stdout);
  const texts = doc.files.flatMap((f: { findings: { text: string }[] }) => f.findings.map((x) => x.text));
  return [...new Set<string>(texts)];
}

/** The JSON summary of the same run, so format tests compare against it instead of fixed counts. */
export async function summaryOf(args: string[], cwd = FORMATS_FIXTURES) {
  return JSON.parse((await runCli(['-f', 'json', ...args], cwd)).stdout).summary as {
    errors: number;
    warnings: number;
    infos: number;
    fatal: number;
  };
}
