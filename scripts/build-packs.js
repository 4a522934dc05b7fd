#!/usr/bin/env node
// Build step (`npm run build`): validates the built-in rule packs and writes
// dist/packs.json, and parses the YAML data files into dist/data.json, which
// the CLI loads instead of parsing YAML at every start (src/packs/compiled.ts,
// src/lexicons/yaml-data.ts). A pack problem fails the build.
import { writeFileSync } from 'node:fs';
import { builtinPacks } from '../dist/packs/builtin.js';
import { COMPILED_PACKS, compiledPacksJson } from '../dist/packs/compiled.js';
import { loadPacks } from '../dist/packs/load.js';
import { DATA_CACHE, yamlDataJson } from '../dist/lexicons/yaml-data.js';

const files = builtinPacks();
writeFileSync(COMPILED_PACKS, compiledPacksJson(files, loadPacks(files)));
writeFileSync(DATA_CACHE, yamlDataJson());
