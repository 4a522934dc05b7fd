import { describe, expect, it } from 'vitest';
import { LineMap, LineSet } from '../../src/text/line-set.js';

describe('LineSet', () => {
  it('answers as a Set would, before and after it builds one', () => {
    const words = ['heart', 'MS', 'asthma', 'zoster', 'Ärzte', 'a'];
    const set = new LineSet([...words]);
    const probes = ['heart', 'ms', 'MS', 'asthm', 'zoster', 'Ärzte', 'b', ''];
    for (let round = 0; round < 1200; round++) for (const p of probes) expect(set.has(p)).toBe(words.includes(p));
    expect([...set].sort()).toEqual([...words].sort());
  });
});

describe('LineMap', () => {
  it('gets and deletes as a Map would, before and after it builds one', () => {
    const lines = ['heart\theart failure\theart attack', 'type\ttype 2 diabetes', 'a\ta b'];
    const lazy = new LineMap([...lines]);
    const real = new Map(lines.map((l) => [l.split('\t')[0], l.split('\t').slice(1)] as [string, string[]]));
    expect(lazy.get('heart')).toEqual(real.get('heart'));
    expect(lazy.get('hear')).toBeUndefined();
    expect(lazy.delete('heart')).toBe(real.delete('heart'));
    expect(lazy.delete('heart')).toBe(false);
    expect(lazy.get('heart')).toBeUndefined();
    for (let i = 0; i < 5000; i++) expect(lazy.get('type')).toEqual(real.get('type'));
    expect(lazy.get('heart')).toBeUndefined();
    expect(lazy.delete('a')).toBe(true);
    expect([...lazy]).toEqual([...real].filter(([w]) => w !== 'a'));
  });
});

describe('unsorted lines (a prebuilt file from an older build)', () => {
  it('are sorted before they are searched', () => {
    expect(new LineSet(['b', 'c', 'a']).has('a')).toBe(true);
    expect(new LineMap(['b\tb c', 'a\ta b']).get('a')).toEqual(['a b']);
  });
});
