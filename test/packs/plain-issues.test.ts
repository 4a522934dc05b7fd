import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load.js';
import { locatedProblems } from '../helpers/located.js';
import { packProblems } from '../helpers/packs.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';

const workspace = tempWorkspaces();
const byPosition = (a: string, b: string) => {
  const pos = (p: string) => p.split(':').slice(1, 3).map(Number);
  const [x, y] = [pos(a), pos(b)];
  return x[0] - y[0] || x[1] - y[1];
};
const config = (text: string) => {
  const dir = workspace({ '.phi-lint.yaml': text });
  // In file order (zod reports the keys it does not know after the others).
  return locatedProblems(() => loadConfigFile(path.join(dir, '.phi-lint.yaml'), (abs) => path.basename(abs))).sort(byPosition);
};
const rule = (lines: string) => `rules:
  - id: acme/card
    category: other-id
    message: A card number.
${lines}    examples: { match: ['CARD-1234'], noMatch: ['CARD'] }
`;
const pack = (text: string) => packProblems({ path: path.join(workspace({ 'p.yaml': text }), 'p.yaml'), display: 'p.yaml' });

/** No message may show zod's own wording. */
const ZOD = /Invalid (input|option|discriminator)|received|expected (array|string|boolean)|Too small|Unrecognized/;

describe('config and pack problems in plain words', () => {
  it('a misspelt key: did you mean, at any depth, a swap of two letters included', () => {
    expect(config('requireReson: true\nignorePattern: [drafts/]\nallow: [{ valeu: Westside }]\n')).toEqual([
      '.phi-lint.yaml:1:1: unknown key "requireReson" (did you mean "requireReason"?)',
      '.phi-lint.yaml:2:1: unknown key "ignorePattern" (did you mean "ignorePatterns"?)',
      '.phi-lint.yaml:3:9: "allow.0": an allow entry needs exactly one of "value", "regex" or "domain"',
      '.phi-lint.yaml:3:11: unknown key "valeu" (did you mean "value"?)',
    ]);
  });

  it('a missing key names the misspelling beside it', () => {
    expect(config('overrides: [{ file: [replies/**] }]\n')).toEqual([
      '.phi-lint.yaml:1:13: "overrides.0.files" is missing: it must be a list (is "file" a misspelling of "files"?)',
      '.phi-lint.yaml:1:15: unknown key "file" (did you mean "files"?)',
    ]);
  });

  it('a wrong choice lists the choices and suggests the near one; a wrong type says both types in words', () => {
    expect(config('rules: { identifiers/phone: eror }\nroot: "yes"\nextends: 3\nallow: { a: 1 }\nignorePatterns: [""]\n')).toEqual([
      '.phi-lint.yaml:1:29: "rules.identifiers/phone": "eror" is not one of error, warning, warn, info, off (did you mean "error"?)',
      '.phi-lint.yaml:2:7: "root": must be true or false, not a text',
      '.phi-lint.yaml:3:10: "extends": must be a list, not a number',
      '.phi-lint.yaml:4:8: "allow": must be a list, not a set of "key: value" lines',
      '.phi-lint.yaml:5:18: "ignorePatterns.0": must not be empty',
    ]);
  });

  it('a pack: a misspelt detector kind, a key of that kind, a missing kind', () => {
    const problems = [
      ...pack(rule("    severity: error\n    detector: patern\n    patterns: ['CARD-\\d+']\n")),
      ...pack(rule("    severity: error\n    detector: pattern\n    pattern: ['CARD-\\d+']\n")),
      ...pack(rule("    severity: error\n    patterns: ['CARD-\\d+']\n")),
    ];
    expect(problems).toEqual([
      'p.yaml:6:15: "detector": "patern" is not one of pattern, lexicon, entity, name, place, phone, media, image, combo, relationship, care-detail, approval (did you mean "pattern"?)',
      'p.yaml:2:5: "patterns" is missing: it must be a list (is "pattern" a misspelling of "patterns"?)',
      'p.yaml:7:5: unknown key "pattern" (did you mean "patterns"?)',
      'p.yaml:2:5: "detector" is missing: it must be one of pattern, lexicon, entity, name, place, phone, media, image, combo, relationship, care-detail, approval',
    ]);
    for (const p of problems) expect(p).not.toMatch(ZOD);
  });

  it('keeps a message the schema wrote itself', () => {
    expect(config('baselineKey: short\n')).toEqual(['.phi-lint.yaml:1:14: "baselineKey": a baselineKey needs at least 16 characters']);
  });
});
