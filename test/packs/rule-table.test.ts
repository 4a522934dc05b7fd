import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtinPacks } from '../../src/packs/builtin.js';
import { loadPacks } from '../../src/packs/load.js';
import { TABLE_END, TABLE_START, replaceTable, ruleTable } from '../../src/packs/rule-table.js';
import { ROOT } from '../helpers/cli.js';

it('README rule table matches the built-in packs (run `npm run docs` to update)', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(TABLE_START);
  expect(readme).toContain(TABLE_END);
  expect(readme).toBe(replaceTable(readme, ruleTable(loadPacks(builtinPacks()))));
});
