#!/usr/bin/env node
// Build step (`npm run build`): validates the built-in rule packs and writes
// dist/packs.json, and parses the YAML data files into dist/data.json, which
// the CLI loads instead of parsing YAML at every start (src/packs/compiled.ts,
// src/lexicons/yaml-data.ts). A pack problem fails the build. It then builds
// the term sets of the built-in lists into dist/term-sets.json
// (src/lexicons/term-cache.ts), from scratch, with the code just compiled.
import { rmSync, writeFileSync } from 'node:fs';
import { builtinPacks } from '../dist/packs/builtin.js';
import { COMPILED_PACKS, compiledPacksJson } from '../dist/packs/compiled.js';
import { loadPacks } from '../dist/packs/load.js';
import { DATA_CACHE, yamlDataJson } from '../dist/lexicons/yaml-data.js';
import { TERM_SETS_CACHE, termSetsJson } from '../dist/lexicons/term-cache.js';

const files = builtinPacks();
writeFileSync(COMPILED_PACKS, compiledPacksJson(files, loadPacks(files)));
writeFileSync(DATA_CACHE, yamlDataJson());

// Every set the built-in rules and the context model make, built afresh (the old file would be restored from).
rmSync(TERM_SETS_CACHE, { force: true });
const { cueLists } = await import('../dist/lexicons/cue-lists.js');
const { loadRules } = await import('../dist/api.js');
cueLists();
for (const rule of loadRules()) if (rule.spec.detector === 'lexicon') rule.detect('', { text: '', kind: 'text' });
writeFileSync(TERM_SETS_CACHE, termSetsJson());
