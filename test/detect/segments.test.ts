import { expect, it } from 'vitest';
import { detect } from '../../src/pipeline/detect.js';
import { found, rule } from './helpers.js';

const date = rule({
  detector: 'pattern',
  category: 'date',
  patterns: ['\\d{4}-\\d{2}-\\d{2}'],
  skipSegments: { keys: ['date'], kinds: ['code'] },
});

it('skips the segment kinds and keys a rule names (a front-matter date is the publication date)', async () => {
  expect(await found(date, '2025-04-10', { kind: 'frontmatter', key: 'date' })).toEqual([]);
  expect(await found(date, '2025-04-10', { kind: 'code' })).toEqual([]);
  expect(await found(date, 'Discharged 2025-03-28.', { kind: 'paragraph' })).toEqual(['2025-03-28']);
  expect(await found(date, 'Discharged 2025-03-28.')).toEqual(['2025-03-28']);
});

it('detect() hands every rule its segment', async () => {
  const segments = [
    { text: '2025-04-10', kind: 'frontmatter' as const, start: 0, key: 'date' },
    { text: 'Discharged 2025-03-28.', kind: 'paragraph' as const, start: 20 },
  ];
  const hits = await detect(segments, [date]);
  expect(hits.map((h) => h.segment)).toEqual([1]);
});

it('pattern rules use Unicode mode when the regex allows it, and legacy mode otherwise', async () => {
  expect(await found(rule({ detector: 'pattern', patterns: ['\\p{Lu}\\p{Ll}+ family'] }), 'the Haddad family')).toEqual(['Haddad family']);
  expect(await found(rule({ detector: 'pattern', patterns: ['\\#\\d+'] }), 'room #12')).toEqual(['#12']);
});
