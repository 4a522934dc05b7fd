import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACME_PACK } from '../helpers/packs.js';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/packs/load.js';
import { packProblems } from '../helpers/packs.js';

const dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-packs-'));
function pack(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { path: file, display: `packs/${name}` };
}
const problems = packProblems;

const GOOD = ACME_PACK;

describe('loadPacks', () => {
  it('loads the contract\'s minimal pattern rule', () => {
    const [rule] = loadPacks([pack('good.yaml', GOOD)]);
    expect(rule.spec.id).toBe('acme/member-id');
    expect(rule.detect('Member ACM123456789 called.')).toEqual([{ start: 7, end: 19 }]);
  });

  it('reports an alias bomb or an unresolved alias at its line and column, not as an internal error', () => {
    const lines = ['x: &a [a, a, a, a, a, a, a, a, a]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)];
    expect(problems(pack('bomb.yaml', `${lines.join('\n')}\nrules: []\n`))).toEqual([
      'packs/bomb.yaml:2:8: invalid YAML: aliases expand to too much data (more than 100 expansions; an alias bomb?)',
    ]);
    expect(problems(pack('alias.yaml', GOOD.replace("severity: error", "severity: *level")))).toEqual([
      'packs/alias.yaml:4:15: invalid YAML: an alias (*name) used before its anchor (&name) is defined',
    ]);
  });

  it('points at an unknown key with its line and column', () => {
    const text = GOOD.replace("    examples:", "    severty: warning\n    examples:");
    expect(problems(pack('typo.yaml', text))).toEqual(['packs/typo.yaml:8:5: unknown key "severty" (did you mean "severity"?)']);
  });

  it('rejects a title too long to be one line, at its position', () => {
    const text = GOOD.replace('    examples:', `    title: ${'x'.repeat(81)}\n    examples:`);
    const [p] = problems(pack('title.yaml', text));
    expect(p).toMatch(/^packs\/title\.yaml:8:12: "title": a title is a few words \(at most 80 characters\)/);
  });

  it('points at a bad enum value', () => {
    const text = GOOD.replace('severity: error', 'severity: fatal');
    const [p] = problems(pack('enum.yaml', text));
    expect(p).toMatch(/^packs\/enum\.yaml:4:15: "severity": "fatal" is not one of error, warning, info$/);
  });

  it('points at a regex that does not compile', () => {
    const text = GOOD.replace("patterns: ['\\bACM\\d{9}\\b']", "patterns: ['ok', '(unclosed']");
    expect(problems(pack('regex.yaml', text))).toEqual([
      expect.stringMatching(/^packs\/regex\.yaml:7:22: invalid regular expression: missing closing \): `\(unclosed`$/),
    ]);
  });

  it('reports a duplicate id across packs, naming the first pack', () => {
    const [p] = problems(pack('a.yaml', GOOD), pack('b.yaml', GOOD));
    expect(p).toBe('packs/b.yaml:2:9: duplicate rule id "acme/member-id" (first defined in packs/a.yaml)');
  });

  it('rejects an unknown detector kind and an unknown category', () => {
    expect(problems(pack('kind.yaml', GOOD.replace('detector: pattern', 'detector: magic')))[0]).toMatch(/^packs\/kind\.yaml:6:15: "detector": "magic" is not one of pattern, lexicon, /);
    expect(problems(pack('cat.yaml', GOOD.replace('category: health-plan', 'category: wellness')))[0]).toMatch(
      /^packs\/cat\.yaml:3:15: unknown category "wellness"/,
    );
  });

  it('reports YAML syntax errors with a position', () => {
    expect(problems(pack('syntax.yaml', 'rules:\n  - id: [unclosed\n'))[0]).toMatch(/^packs\/syntax\.yaml:\d+:\d+: invalid YAML/);
  });

  it('requires examples on every rule', () => {
    const text = GOOD.replace("      noMatch: ['Call ACM support.']\n", '');
    expect(problems(pack('examples.yaml', text))[0]).toMatch(/^packs\/examples\.yaml:\d+:\d+: "examples\.noMatch"/);
  });
});
