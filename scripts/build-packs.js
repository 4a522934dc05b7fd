#!/usr/bin/env node
// Build step (`npm run build`): writes dist/builtin-data.json, the built-in
// data prebuilt so that the CLI starts without parsing YAML or building term
// sets (src/lexicons/builtin-data.ts), with the code just compiled. It holds
// the validated built-in packs (a pack problem fails the build), the parsed
// YAML data files, the term sets of the built-in lists, the anchors and
// required literals of the packs' patterns and the cue lists' regex sources and word gates, keyed by one hash
// of every file under rules/ and data/ and the rule schema module.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_DATA, BUILTIN_INPUTS, builtinDataJson, hashData, stampData } from '../dist/lexicons/builtin-data.js';
import { PACKAGE_ROOT } from '../dist/lexicons/files.js';
import { builtinPacks } from '../dist/packs/builtin.js';
import { anchorsSection, compiledPacksSection, detailRequiredSection, requiredSection } from '../dist/packs/compiled.js';
import { loadPacks } from '../dist/packs/load.js';
import { yamlDataSection } from '../dist/lexicons/yaml-data.js';
import { termSetsSection } from '../dist/lexicons/term-cache.js';

// Everything is made afresh from the sources (an old file would be restored from), including the files of earlier builds.
for (const old of ['builtin-data.json', 'packs.json', 'data.json', 'term-sets.json']) rmSync(path.join(PACKAGE_ROOT, 'dist', old), { force: true });

// The stamp, then the key, before any input is read: an input edited while the sections are made no longer
// matches either (new modification time, new hash), so the file is stale, never wrong, until the next build.
const stamp = stampData(BUILTIN_INPUTS);
const key = hashData(BUILTIN_INPUTS);

const files = builtinPacks();
const compiled = loadPacks(files);
const packs = compiledPacksSection(files, compiled);
const anchors = anchorsSection(compiled);
const required = requiredSection(compiled);
const detailRequired = detailRequiredSection(compiled);
const data = yamlDataSection();

// Every term set the built-in rules and the context model make.
const { cueLists } = await import('../dist/lexicons/cue-lists.js');
const { loadRules } = await import('../dist/api.js');
cueLists();
for (const rule of loadRules()) if (rule.spec.detector === 'lexicon') rule.detect('', { text: '', kind: 'text' });
const termSets = termSetsSection();
// The cue lists' regex sources and gate words, made by the cueLists() call above.
const { wordSourcesSection } = await import('../dist/lexicons/word-sources.js');
const wordSources = wordSourcesSection();

writeFileSync(BUILTIN_DATA, builtinDataJson(key, stamp, { packs, data, termSets, anchors, required, detailRequired, wordSources }));
