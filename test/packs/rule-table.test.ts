import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { TABLE_END, TABLE_START, replaceTable, ruleTable, ruleTitle } from '../../src/packs/rule-table.js';
import { ROOT } from '../helpers/cli.js';

it('README rule table matches the built-in packs (run `npm run docs` to update)', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(TABLE_START);
  expect(readme).toContain(TABLE_END);
  expect(readme).toBe(replaceTable(readme, ruleTable(loadPacks(builtinPacks()))));
});

it('every built-in rule has a short title: the one line stylish, compact and github print before the reason', () => {
  for (const { spec } of loadPacks(builtinPacks())) {
    expect(spec.title, spec.id).toBeTruthy();
    expect(spec.title!.length, spec.id).toBeLessThanOrEqual(60);
  }
});

it("a rule without a title gets its message's first sentence, cut at a word when long", () => {
  expect(ruleTitle({ message: 'A member ID identifies the patient\'s health plan. Remove it.' })).toBe("A member ID identifies the patient's health plan.");
  const long = ruleTitle({ message: `${'word '.repeat(40)}end. Second.` });
  expect(long.length).toBeLessThanOrEqual(80);
  expect(long).toMatch(/^word( word)+…$/);
  expect(ruleTitle({ title: 'Member ID', message: 'Anything.' })).toBe('Member ID');
});
