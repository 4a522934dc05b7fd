import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { parseJson } from '../../src/formats/json/parse.js';
import { parseMarkdown } from '../../src/formats/markdown/index.js';
import { phiLint, ROOT } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

const NO_NETWORK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers', 'no-network.mjs');
const EXAMPLES = path.join(ROOT, 'examples');

/** Runs the CLI with the no-network preload; `attempts` lists any network call it tried. */
function guarded(args: string[], input?: string) {
  const log = path.join(workspace({}), 'net.log');
  const r = phiLint(args, { nodeArgs: ['--import', NO_NETWORK], env: { PHI_LINT_NET_LOG: log }, input });
  return { ...r, attempts: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

describe('matched text is masked, and no network is used', () => {
  // Every text the built-in rules find in the examples, read once with --no-mask.
  const unmasked = JSON.parse(phiLint(['--no-mask', '-f', 'json', EXAMPLES]).stdout) as { files: { filePath: string; findings: { text: string; ruleId: string }[] }[] };
  // A care detail ("stroke") is the health word other findings' reasons quote as their evidence, by design:
  // it identifies no one. Its own finding masks it; every identifier must be hidden everywhere.
  for (const file of unmasked.files) file.findings = file.findings.filter((f) => f.ruleId !== 'context/care-detail');
  // Masking is per post: a text found in one post may stand unflagged in another (the
  // organisation's own name in an "author" field), so only texts found wherever they occur count.
  const found = new Map(unmasked.files.map((f) => [path.basename(f.filePath), new Set(f.findings.map((x) => x.text))]));
  const posts = readdirSync(EXAMPLES).map((name) => ({ name, text: readFileSync(path.join(EXAMPLES, name), 'utf8') }));
  const secrets = [...new Set([...found.values()].flatMap((s) => [...s]))].filter((secret) =>
    posts.every((p) => !p.text.includes(secret) || found.get(p.name)?.has(secret)),
  );

  it('the examples do yield findings to hide', () => {
    expect(secrets.length).toBeGreaterThan(10);
  });

  it.each(FORMAT_NAMES)('in the %s format, on stdout and in an -o file', (format) => {
    const out = workspace({});
    const r = guarded(['-f', format, EXAMPLES]);
    phiLint(['-f', format, '-o', path.join(out, 'report'), EXAMPLES]);
    const file = readFileSync(path.join(out, 'report'), 'utf8');
    expect(r.code).toBe(1);
    expect(r.attempts).toEqual([]);
    expect(r.stdout.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(r.stdout).not.toContain(secret);
      expect(r.stderr).not.toContain(secret);
      expect(file).not.toContain(secret);
    }
  });
});

describe('parse problems never quote the post', () => {
  const SECRET = 'Zyxwvut';
  const yamlPieces = fc.constantFrom(SECRET, `${SECRET}: x`, ':', '- ', '[', ']', '{', '}', '"', "'", '!', '&', '*', '%', '\\q', '\n', '  ', '\t', '#', '|', '>', '?', ',', '@', '`');
  const jsonPieces = fc.constantFrom(SECRET, `"${SECRET}"`, '{', '}', '[', ']', ':', ',', '"', '\\', '\\u12', '/*', '//', 'tru', '1e', '\n', ' ');

  it('malformed front matter', () => {
    fc.assert(
      fc.property(fc.array(yamlPieces, { maxLength: 30 }), (pieces) => {
        const { problems } = parseMarkdown(`---\n${pieces.join('')}\n---\nbody\n`);
        for (const p of problems) expect(p.message).not.toContain(SECRET);
      }),
      { numRuns: 200 },
    );
  });

  it('malformed JSON', () => {
    fc.assert(
      fc.property(fc.array(jsonPieces, { maxLength: 30 }), (pieces) => {
        const { problems } = parseJson(pieces.join(''));
        for (const p of problems) expect(p.message).not.toContain(SECRET);
      }),
      { numRuns: 200 },
    );
  });

  it('a front-matter error that yaml itself would quote, through the CLI', () => {
    const cwd = workspace({ 'a.md': '---\nauthor: !Lindqvist x\ntitle: "a" "Okafor"\n---\nbody\n', 'b.md': '---\n- a\nb: Okafor\n---\n' });
    const r = phiLint(['-f', 'json', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: a\.md:\d+:\d+: malformed front matter: /);
    for (const name of ['Lindqvist', 'Okafor']) expect(r.stderr + r.stdout).not.toContain(name);
  });
});

describe('the no-network guard', () => {
  it('catches an attempt, so the silence of the guarded runs means something', () => {
    const log = path.join(workspace({}), 'net.log');
    const probe = `for (const f of [() => fetch('http://127.0.0.1:9'), () => require('node:net').connect(9, '127.0.0.1'), () => require('node:dns').lookup('example.org', () => {})]) { try { f(); } catch {} }`;
    spawnSync(process.execPath, ['--import', NO_NETWORK, '-e', probe], { env: { ...process.env, PHI_LINT_NET_LOG: log } });
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['fetch', 'net.connect', 'dns.lookup']);
  });

  it('sees no attempt from --stdin with a user pack either', () => {
    const pack = path.join(workspace({ 'p.yaml': "rules:\n  - id: a/b\n    category: url\n    severity: error\n    message: URL.\n    detector: pattern\n    patterns: ['https?://\\S+']\n    examples: { match: ['http://example.org'], noMatch: ['x'] }\n" }), 'p.yaml');
    const r = guarded(['--stdin', '--stdin-filename', 'p.md', '--rules', pack], 'Our patient Anna Lindqvist, see https://example.org/chart/123\n');
    expect(r.code).toBe(1);
    expect(r.attempts).toEqual([]);
  });
});
