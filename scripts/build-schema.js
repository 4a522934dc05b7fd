#!/usr/bin/env node
// Build step (`npm run build`): writes schema/phi-lint.schema.json, the JSON
// Schema of .phi-lint.yaml made from the zod schema (src/config/json-schema.ts),
// with the code just compiled. The file is committed too, so an editor in a
// clone finds it; test/config/json-schema.test.ts fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configJsonSchemaText, SCHEMA_FILE } from '../dist/config/json-schema.js';
import { PACKAGE_ROOT } from '../dist/lexicons/files.js';

const file = path.join(PACKAGE_ROOT, SCHEMA_FILE);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, configJsonSchemaText());
console.error(`build: wrote ${SCHEMA_FILE}`);
