import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load.js';
import { matchesGlobs, mergeConfigs } from '../../src/config/merge.js';
import { workspace } from '../helpers/workspace.js';

const dir = workspace({
  '.phi-lint.yaml': `rules: { identifiers/phone: warning, identifiers/email: info }
allow: [Westside Clinic]
ignorePatterns: [archive/]
requireReason: false
overrides:
  - files: ['replies/**']
    rules: { identifiers/phone: error }
    allow: ['#WestsideCares']
`,
  'team/.phi-lint.yml': `rules: { identifiers/email: "off" }
allow: [{ domain: example.org }]
requireReason: true
`,
});
const show = (abs: string) => path.relative(dir, abs);
const outer = loadConfigFile(path.join(dir, '.phi-lint.yaml'), show);
const inner = loadConfigFile(path.join(dir, 'team/.phi-lint.yml'), show);
const merge = (file: string) => mergeConfigs([outer, inner], path.join(dir, file));
const severities = (file: string) => Object.fromEntries([...merge(file).rules].map(([id, s]) => [id, s.value]));

describe('mergeConfigs', () => {
  it('lets the nearer config win and accumulates allow entries', () => {
    const merged = merge('team/post.md');
    expect(severities('team/post.md')).toEqual({ 'identifiers/phone': 'warning', 'identifiers/email': 'off' });
    expect(merged.allow.map((a) => a.value)).toEqual([{ value: 'Westside Clinic' }, { domain: 'example.org' }]);
    expect(merged.requireReason).toBe(true);
    expect(merged.configFiles).toEqual(['.phi-lint.yaml', path.join('team', '.phi-lint.yml')]);
  });

  it('applies matching overrides after the config\'s own keys, with their origin', () => {
    expect(severities('replies/a.json')['identifiers/phone']).toBe('error');
    expect(merge('replies/a.json').rules.get('identifiers/phone')!.where).toBe('.phi-lint.yaml:7:14');
    expect(merge('replies/a.json').allow.map((a) => a.value.value)).toContain('#WestsideCares');
    expect(severities('posts/a.json')['identifiers/phone']).toBe('warning');
  });

  it('ignores files matching ignorePatterns, relative to the config folder', () => {
    expect(merge('archive/old.md').ignored).toBe(true);
    expect(merge('posts/archive.md').ignored).toBe(false);
  });

  it('globs never match outside their base folder', () => {
    expect(matchesGlobs(path.join(dir, 'team'), ['*.md'], path.join(dir, 'a.md'))).toBe(false);
    expect(matchesGlobs(dir, ['*.md'], path.join(dir, 'deep/a.md'))).toBe(true);
    expect(matchesGlobs(dir, ['/top.md'], path.join(dir, 'deep/top.md'))).toBe(false);
  });
});
