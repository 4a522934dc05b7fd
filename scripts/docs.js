#!/usr/bin/env node
// Regenerates the README rule table from the built-in packs (run `npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPacks } from '../dist/packs/load.js';
import { builtinPacks } from '../dist/packs/builtin.js';
import { replaceTable, ruleTable } from '../dist/packs/rule-table.js';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceTable(readme, ruleTable(loadPacks(builtinPacks()))));
console.log('README.md rule table updated');
