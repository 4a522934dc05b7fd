import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configChain, configIn } from '../../src/config/discover.js';
import { workspace } from '../helpers/workspace.js';

describe('config discovery', () => {
  it('prefers .phi-lint.yaml, then .yml, .json, then package.json', () => {
    const dir = workspace({ '.phi-lint.json': '{}', '.phi-lint.yml': '', 'package.json': '{"phi-lint": {}}' });
    expect(path.basename(configIn(dir)!)).toBe('.phi-lint.yml');
  });

  it('counts a package.json only when it has a "phi-lint" key', () => {
    expect(configIn(workspace({ 'package.json': '{"name": "x", "devDependencies": {"phi-lint": "1"}}' }))).toBeUndefined();
    expect(configIn(workspace({ 'package.json': '{not json' }))).toBeUndefined();
    expect(path.basename(configIn(workspace({ 'package.json': '{"phi-lint": {"rules": {}}}' }))!)).toBe('package.json');
  });

  it('walks up from the folder, nearest first, and stops at root: true', () => {
    const dir = workspace({
      '.phi-lint.yaml': 'rules: {}\n',
      'team/.phi-lint.yaml': 'root: true\n',
      'team/posts/replies/.phi-lint.json': '{}',
    });
    const isRoot = (f: string) => f.endsWith(path.join('team', '.phi-lint.yaml'));
    const chain = configChain(path.join(dir, 'team/posts/replies'), isRoot).map((f) => path.relative(dir, f));
    expect(chain).toEqual([path.join('team/posts/replies/.phi-lint.json'), path.join('team/.phi-lint.yaml')]);
    const all = configChain(path.join(dir, 'other'), () => false).map((f) => path.relative(dir, f));
    expect(all[0]).toBe('.phi-lint.yaml');
  });
});
