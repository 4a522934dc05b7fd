import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/run/shard.js';
import { UsageError } from '../../src/lib/errors.js';

describe('shards', () => {
  const files = Array.from({ length: 200 }, (_, i) => `posts/batch-${i % 7}/post-${i}.md`);

  it('partitions every file into exactly one of n shards', () => {
    const shards = [1, 2, 3].map((i) => files.filter((f) => inShard(f, { index: i, count: 3 })));
    expect(shards.flat().sort()).toEqual([...files].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(40);
  });

  it('is stable across path separators and calls', () => {
    expect(inShard('a\\b.md', { index: 2, count: 5 })).toBe(inShard('a/b.md', { index: 2, count: 5 }));
  });

  it('parses i/n and rejects nonsense with a usage error', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(UsageError);
  });
});
