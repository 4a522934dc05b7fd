#!/usr/bin/env node
// `npm run docs`: writes docs/rules/ afresh from the built-in packs (run `npm run build` first).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinPacks } from '../dist/packs/builtin.js';
import { loadPacks } from '../dist/packs/load.js';
import { DOCS_DIR, ruleDocs } from './rule-docs.js';

rmSync(DOCS_DIR, { recursive: true, force: true }); // a removed rule loses its page
const pages = ruleDocs(loadPacks(builtinPacks()));
for (const [file, text] of pages) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(`${DOCS_DIR}/: ${pages.size - 1} rule pages and an index`);
