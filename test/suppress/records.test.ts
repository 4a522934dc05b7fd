import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { maskMatches } from '../../src/suppress/records.js';
import { tempWorkspaces } from '../helpers/temp-workspaces.js';
import { TEST_PACK } from '../helpers/workspace.js';

const workspace = tempWorkspaces();

describe('maskMatches', () => {
  it('masks every occurrence of every matched text, longest first, and ignores empty texts', () => {
    expect(maskMatches('Riley Example and Riley agreed, MRN 1234567', ['Riley', 'Riley Example', '', 'MRN 1234567'])).toBe('*** and *** agreed, ***');
    expect(maskMatches('the clinic line', ['617-555-0100'])).toBe('the clinic line');
  });
});

describe('suppression records', () => {
  it('name the allow entry, the directive reason (masked) and nothing of the text', async () => {
    const cwd = workspace({
      'pack.yaml': TEST_PACK,
      '.phi-lint.yaml': 'allow:\n  - value: MRN 7654321\n',
    });
    const text = 'MRN 7654321 is a sample.\n# phi-lint-disable-next-line test/mrn -- MRN 1112223 is a demo record, see MRN 4445556\nMRN 1112223 again.\n';
    const result = await lintText(text, { cwd, filePath: 'post.txt', rulePacks: ['pack.yaml'], noBuiltin: true });
    expect(result.suppressions).toEqual([
      { by: 'allowlist', ruleId: 'test/mrn', line: 1, column: 1, reason: 'allow entry at .phi-lint.yaml:2:5' },
      { by: 'directive', ruleId: 'test/mrn', line: 3, column: 1, reason: '*** is a demo record, see ***' },
    ]);
    expect(JSON.stringify(result.suppressions)).not.toMatch(/\d{7}/);
  });
});
