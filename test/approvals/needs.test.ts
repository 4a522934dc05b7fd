import { describe, expect, it } from 'vitest';
import { needsApproval } from '../../src/approvals/needs.js';
import type { FileResult } from '../../src/model/types.js';
import { finding } from '../helpers/findings.js';

const post = (over: Partial<FileResult>): FileResult => ({ filePath: 'posts/a.md', findings: [], ...over });
const consented = post({
  findings: [finding({ text: 'x', severity: 'info' })],
  suppressions: [{ by: 'consent', ruleId: 'test/phone', line: 1, column: 1, consent: 'AUTH-2026-014' }],
});
const warned = post({ findings: [finding({ text: 'x', severity: 'warning' }), finding({ text: 'y', severity: 'info' })] });
const clean = post({ findings: [finding({ text: 'y', severity: 'info' })] });

describe('needsApproval', () => {
  it('consent: only posts whose findings a consent covered', () => {
    expect(needsApproval(consented, 'consent')).toBe('it relies on consent AUTH-2026-014');
    expect(needsApproval(warned, 'consent')).toBeUndefined();
    expect(needsApproval(clean, 'consent')).toBeUndefined();
  });

  it('warnings: also posts with warnings or errors, not infos, and never because of a missing approval itself', () => {
    expect(needsApproval(consented, 'warnings')).toBe('it relies on consent AUTH-2026-014');
    expect(needsApproval(warned, 'warnings')).toBe('it has 1 warning');
    expect(needsApproval(post({ findings: [finding({ text: 'a' }), finding({ text: 'b' }), finding({ text: 'c', severity: 'warning' })] }), 'warnings')).toBe('it has 2 errors and 1 warning');
    expect(needsApproval(clean, 'warnings')).toBeUndefined();
    expect(needsApproval(post({ findings: [finding({ text: '', ruleId: 'approval/missing' })] }), 'warnings')).toBeUndefined();
  });

  it('always: every post', () => {
    expect(needsApproval(clean, 'always')).toBe('every post needs one (requireApproval: always)');
    expect(needsApproval(post({}), 'always')).toBeDefined();
  });
});
