import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/run/cache.js';
import { sealExtras } from '../../src/run/entry-extras.js';
import { sha256 } from '../../src/text/sha256.js';
import type { FileResult } from '../../src/model/types.js';

const source = 'Our patient Anna Lindqvist went home.';
const result: FileResult = {
  filePath: 'post.txt',
  findings: [
    {
      ruleId: 'names/person', category: 'name', severity: 'error', message: 'Name.',
      line: 1, column: 13, endLine: 1, endColumn: 27, offset: 12, endOffset: 26, text: 'Anna Lindqvist',
    },
  ],
};

describe('ResultCache', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');

  it('round-trips results, restoring the match from the source', () => {
    const cache = new ResultCache(file, 'k1');
    cache.set(result, sha256(source));
    cache.save();
    expect(new ResultCache(file, 'k1').get('post.txt', sha256(source), source)).toEqual(result);
  });

  it('never writes the matched text to disk', () => {
    expect(readFileSync(file, 'utf8')).not.toContain('Lindqvist');
  });

  it('misses on changed content or a changed key', () => {
    expect(new ResultCache(file, 'k1').get('post.txt', sha256(source + '!'), source + '!')).toBeUndefined();
    expect(new ResultCache(file, 'k2').get('post.txt', sha256(source), source)).toBeUndefined();
  });
});

describe('ResultCache file', () => {
  it('stores a message shared by many findings once', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');
    const cache = new ResultCache(file, 'k1');
    for (let i = 0; i < 20; i++) cache.set({ ...result, filePath: `post-${i}.txt` }, sha256(`${source}${i}`));
    cache.save();
    const text = readFileSync(file, 'utf8');
    expect(text.split('"Name."').length - 1).toBe(1);
    expect(new ResultCache(file, 'k1').get('post-7.txt', sha256(`${source}7`), source)).toEqual({ ...result, filePath: 'post-7.txt' });
  });

  it("keeps a finding's title, rule page and merged rules, through a compaction", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');
    const extra = { title: "Person's name", docs: 'docs/rules/names/person.md', rules: ['names/person', 'names/lower'] };
    const full: FileResult = { ...result, findings: [{ ...result.findings[0], ...extra }] };
    const cache = new ResultCache(file, 'k1');
    cache.set({ ...full, filePath: 'gone.txt', findings: [{ ...full.findings[0], title: 'Old title' }] }, sha256('x'));
    cache.set(full, sha256(source));
    cache.save();
    const again = new ResultCache(file, 'k1');
    again.set({ ...result, filePath: 'gone.txt' }, sha256('y')); // replaced: its strings go at the next save
    again.save();
    expect(readFileSync(file, 'utf8')).not.toContain('Old title');
    expect(new ResultCache(file, 'k1').get('post.txt', sha256(source), source)).toEqual(full);
  });

  it('drops the strings of a replaced entry', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');
    const cache = new ResultCache(file, 'k1');
    const withReason = (reason: string): FileResult => ({ ...result, findings: [{ ...result.findings[0], reason }] });
    cache.set(withReason('near "chemo"'), sha256(source));
    cache.save();
    const again = new ResultCache(file, 'k1');
    again.set(withReason('near "dialysis"'), sha256(source + '!'));
    again.save();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('dialysis');
    expect(text).not.toContain('chemo');
    expect(new ResultCache(file, 'k1').get('post.txt', sha256(source + '!'), source)?.findings[0].reason).toBe('near "dialysis"');
  });

  it('ignores a cache written in an older format', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');
    writeFileSync(file, JSON.stringify({ version: 1, key: 'k1', entries: { 'post.txt': { hash: sha256(source), findings: [] } } }));
    expect(new ResultCache(file, 'k1').get('post.txt', sha256(source), source)).toBeUndefined();
    const v2 = { strings: ['names/person'], files: { 'post.txt': { hash: sha256(source), findings: [{ ruleId: 0, offset: 12, endOffset: 26 }] } } };
    writeFileSync(file, JSON.stringify({ version: 2, key: 'k1', entries: v2 }));
    expect(new ResultCache(file, 'k1').get('post.txt', sha256(source), source)).toBeUndefined();
  });

  it('keeps problems as objects, and ignores a version 4 cache (problems as "L:C: message" strings)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');
    const broken: FileResult = { filePath: 'post.json', findings: [], fatal: [{ line: 1, column: 49, message: 'malformed JSON: expected a comma' }] };
    const cache = new ResultCache(file, 'k1');
    cache.set(broken, sha256(source));
    cache.save();
    expect(new ResultCache(file, 'k1').get('post.json', sha256(source), source)).toEqual(broken);
    const v4 = { strings: [], files: { 'post.json': { hash: sha256(source), findings: [], fatal: ['1:49: malformed JSON: expected a comma'] } } };
    writeFileSync(file, JSON.stringify({ version: 4, key: 'k1', entries: v4 }));
    expect(new ResultCache(file, 'k1').get('post.json', sha256(source), source)).toBeUndefined();
  });

  it('keeps reasons; never stores a JSON pointer in the clear (an object key can be a name): it is sealed with a key from the text', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'phi-lint-cache-')), 'cache.json');
    const cache = new ResultCache(file, 'k1');
    const pointed: FileResult = { ...result, filePath: 'post.json', findings: [{ ...result.findings[0], reason: 'near "chemo"', pointer: '/Bertil Ekdahl' }] };
    cache.set(pointed, sha256(source), sealExtras(source, pointed.findings, false));
    cache.set(result, sha256(source + '?'));
    cache.save();
    expect(readFileSync(file, 'utf8')).not.toContain('Ekdahl');
    const again = new ResultCache(file, 'k1');
    expect(again.get('post.json', sha256(source), source)).toEqual(pointed);
    // Another text does not open the seal: the entry is a miss, never a result without its pointer.
    expect(again.get('post.json', sha256(source), source + ' ')).toBeUndefined();
    const plain = again.get('post.txt', sha256(source + '?'), source)!.findings[0];
    expect(plain.reason).toBeUndefined();
    expect(plain.pointer).toBeUndefined();
    expect(plain).toEqual(result.findings[0]);
  });
});
