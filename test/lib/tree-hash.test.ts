import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { hashTrees, stampTrees } from '../../src/lib/tree-hash.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const digest = (folders: string[]) => hashTrees(createHash('sha256'), folders).digest('hex');

it('changes when any file under the folders is edited, added or removed, and not otherwise', () => {
  dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-tree-'));
  mkdirSync(path.join(dir, 'lexicons'));
  writeFileSync(path.join(dir, 'lexicons', 'names.txt'), 'Anna\nChris\n');
  const first = digest([dir]);
  expect(digest([dir])).toBe(first);
  writeFileSync(path.join(dir, 'lexicons', 'names.txt'), 'Anna\nChris\nRosa\n');
  const edited = digest([dir]);
  expect(edited).not.toBe(first);
  writeFileSync(path.join(dir, 'cues.yaml'), 'staff: [nurse]\n');
  const added = digest([dir]);
  expect(added).not.toBe(edited);
  rmSync(path.join(dir, 'cues.yaml'));
  expect(digest([dir])).toBe(edited);
  expect(digest([path.join(dir, 'missing')])).not.toBe(digest([dir]));
});

it('stamps every file by name, size and modification time, without reading it', () => {
  dir = mkdtempSync(path.join(tmpdir(), 'phi-lint-tree-'));
  mkdirSync(path.join(dir, 'lexicons'));
  const names = path.join(dir, 'lexicons', 'names.txt');
  writeFileSync(names, 'Anna\nChris\n');
  const first = stampTrees([dir]);
  expect(stampTrees([dir])).toBe(first);
  utimesSync(names, new Date(), new Date(Date.now() + 5000));
  const touched = stampTrees([dir]);
  expect(touched).not.toBe(first);
  writeFileSync(path.join(dir, 'cues.yaml'), '');
  expect(stampTrees([dir])).not.toBe(touched);
  rmSync(path.join(dir, 'cues.yaml'));
  expect(stampTrees([dir])).toBe(touched);
  expect(stampTrees([path.join(dir, 'missing')])).not.toBe(stampTrees([dir]));
});
