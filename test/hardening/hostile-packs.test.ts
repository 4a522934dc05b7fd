import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/packs/load.js';
import { phiLint } from '../helpers/cli.js';
import { packProblems } from '../helpers/packs.js';
import { workspace } from '../helpers/workspace.js';

/** A user pack with one pattern rule; `extra` lines are added to the rule. */
function patternPack(patterns: string[], extra = '', examples = "{ match: ['x'], noMatch: ['y'] }"): string {
  return `rules:
  - id: acme/rule
    category: other-id
    severity: error
    message: Test rule.
    detector: pattern
    patterns: [${patterns.map((p) => `'${p}'`).join(', ')}]
${extra}    examples: ${examples}
`;
}

const file = (text: string) => ({ path: path.join(workspace({ 'pack.yaml': text }), 'pack.yaml'), display: 'pack.yaml' });
const load = (text: string) => loadPacks([file(text)]);
const problems = (text: string) => packProblems(file(text));

describe('catastrophic regexes in user packs', () => {
  it('(a+)+$ runs in linear time instead of hanging', () => {
    const [rule] = load(patternPack(['(a+)+$']));
    const start = performance.now();
    expect(rule.detect('a'.repeat(100_000) + '!')).toEqual([]);
    expect(rule.detect('caaa')).toEqual([{ start: 1, end: 4 }]);
    expect(performance.now() - start).toBeLessThan(3_000);
  });

  it('also for exception regexes', () => {
    const [rule] = load(patternPack(['\\bID\\w+'], "    exceptions: ['(x+x+)+y']\n"));
    const start = performance.now();
    expect(rule.detect(`ID${'x'.repeat(30_000)}`)).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(3_000);
  });

  it('a whole CLI run with such a pack finishes promptly', () => {
    const cwd = workspace({ 'pack.yaml': patternPack(['(a+)+$', '(x|xx)+y'], '', "{ match: ['caaa', 'xxy'], noMatch: ['b'] }"), 'post.txt': `${'a'.repeat(50_000)}!\n${'x'.repeat(50_000)}\n` });
    const r = phiLint(['--rules', 'pack.yaml', 'post.txt'], { cwd, timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  });
});

describe('user pack regexes must be RE2 syntax', () => {
  it('rejects lookahead with a located message that says why', () => {
    expect(problems(patternPack(['\\d+', '\\d+(?!px)']))).toEqual([
      expect.stringMatching(/^pack\.yaml:7:23: invalid regular expression: .*\(\?!.*no lookahead and no backreferences\)$/),
    ]);
  });

  it('rejects a backreference in an exception, located at the exception', () => {
    const [p] = problems(patternPack(['\\w+'], "    exceptions:\n      - ok\n      - '(a)\\1'\n"));
    expect(p).toMatch(/^pack\.yaml:10:9: invalid regular expression: backreferences are not supported/);
  });

  it('keeps named groups (`group`) and captureless lookbehind', () => {
    const [rule] = load(patternPack(['(?<![\\w-])ACM-(?<id>\\d{4})'], '    group: id\n'));
    expect(rule.detect('ACM-1234 x-ACM-9999')).toEqual([{ start: 4, end: 8 }]);
  });

  it('rejects a `group` the pattern does not have instead of never matching', () => {
    expect(problems(patternPack(['ACM-(?<id>\\d+)'], '    group: idd\n'))).toEqual([
      'pack.yaml:8:12: pattern 1 has no capture group "idd" (see "group")',
    ]);
  });

  it('the CLI prints the located message and exits 2 without a stack trace', () => {
    const cwd = workspace({ 'pack.yaml': patternPack(['(?=x)y']), 'post.txt': 'hello\n' });
    const r = phiLint(['--rules', 'pack.yaml', 'post.txt'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phi-lint: pack\.yaml:7:16: invalid regular expression: .*no lookahead/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('careless packs', () => {
  it('a 200,000-term lexicon loads within a few seconds and matches', () => {
    const terms = Array.from({ length: 200_000 }, (_, i) => `code${i.toString(36)}q`);
    const text = `rules:
  - id: acme/codes
    category: other-id
    severity: error
    message: Internal code.
    detector: lexicon
    terms:
${terms.map((t) => `      - ${t}`).join('\n')}
    examples: { match: ['code0q'], noMatch: ['nothing'] }
`;
    const dir = workspace({});
    writeFileSync(path.join(dir, 'huge.yaml'), text);
    const start = performance.now();
    const [rule] = loadPacks([{ path: path.join(dir, 'huge.yaml') }]);
    expect(rule.detect('see code1q and code3zzzq here')).toEqual([{ start: 4, end: 10 }, { start: 15, end: 24 }]);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('a duplicate of a built-in id and an unknown detector kind are located, exit 2', () => {
    const pack = patternPack(['x']).replace('acme/rule', 'identifiers/mrn') + patternPack(['y']).replace('rules:\n', '').replace('acme/rule', 'acme/b').replace('pattern\n', 'magic\n');
    const r = phiLint(['--rules', 'pack.yaml', 'post.txt'], { cwd: workspace({ 'pack.yaml': pack, 'post.txt': 'hi\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phi-lint: pack.yaml:2:9: duplicate rule id "identifiers/mrn" (first defined in rules/numbers.yaml)');
    expect(r.stderr).toMatch(/^phi-lint: pack\.yaml:13:15: "detector": "magic" is not one of pattern, lexicon, /m);
  });
});
