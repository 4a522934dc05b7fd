import { describe, expect, it } from 'vitest';
import { postUnits } from '../../src/formats/posts.js';
import { parseSource } from '../../src/formats/index.js';
import { lintText } from '../../src/api.js';

const units = (text: string, file: string) => postUnits(parseSource(text, file).segments);

describe('postUnits', () => {
  it('reads each item of a JSON content calendar as its own post, the rest of the file as one more', () => {
    const json = JSON.stringify({ campaign: 'Heart month', posts: [{ text: 'a', alt: 'b' }, { text: 'c' }] });
    // Segments: campaign's value and key, "posts", then each item's values and keys.
    expect(units(json, 'cal.json')).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2]);
  });

  it('reads the drafts of a text file between separator lines as separate posts', () => {
    const segments = parseSource('First draft.\n---\nSecond draft.\n\n***\nThird.', 'drafts.txt').segments;
    expect(segments.map((s) => s.text.trim())).toEqual(['First draft.', 'Second draft.', 'Third.']);
    expect(postUnits(segments)).toEqual([0, 1, 2]);
  });

  it('keeps a Markdown post and a review with its reply together', () => {
    expect(new Set(units('# Title\n\nText.\n\n---\n\nMore text.', 'post.md')).size).toBe(1);
    expect(new Set(units(JSON.stringify({ review: { author: 'A', text: 'b' }, draft_reply: 'c' }), 'r.json')).size).toBe(1);
  });
});

it('does not let a patient story in one calendar item make the next item an error', async () => {
  const json = JSON.stringify({
    posts: [
      { text: 'Our patient Anna Lindqvist went home after her hip replacement.' },
      { text: 'Rosa Diaz runs the spring 5K on Saturday. Call 617-555-0101 to sign up.' },
    ],
  });
  const { findings } = await lintText(json, { filePath: 'calendar.json' });
  const second = findings.filter((f) => f.pointer === '/posts/1/text');
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((f) => f.severity === 'error')).toEqual([]);
  expect(findings.some((f) => f.pointer === '/posts/0/text' && f.severity === 'error')).toBe(true);
});
