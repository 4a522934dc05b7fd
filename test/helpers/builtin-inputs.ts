import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILT_SCHEMA, BUILTIN_INPUTS, type DataInputs } from '../../src/lexicons/builtin-data.js';
import { ROOT } from './cli.js';

/** The inputs the build keyed dist/builtin-data.json by (tests run the schema's source, so BUILTIN_INPUTS names that). */
export const BUILT_INPUTS: DataInputs = { trees: BUILTIN_INPUTS.trees, schema: BUILT_SCHEMA };

/** A copy of rules/, data/ and the built schema module in a temporary folder, and the inputs that name it. */
export function copyInputs(): { root: string; inputs: DataInputs } {
  const root = mkdtempSync(path.join(tmpdir(), 'phi-lint-data-'));
  for (const tree of ['rules', 'data']) cpSync(path.join(ROOT, tree), path.join(root, tree), { recursive: true });
  copyFileSync(BUILT_SCHEMA, path.join(root, 'rule-spec.js'));
  return { root, inputs: { trees: [path.join(root, 'rules'), path.join(root, 'data')], schema: path.join(root, 'rule-spec.js') } };
}
