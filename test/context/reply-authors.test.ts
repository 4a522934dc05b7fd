import { describe, expect, it } from 'vitest';
import { publicRepliers } from '../../src/context/reply-authors.js';
import type { Segment } from '../../src/model/types.js';

const REPLY_KEYS = new Set(['replies', 'reply', 'response']);
const seg = (pointer: string, text: string): Segment =>
  ({ kind: 'json-string', pointer, key: pointer.split('/').at(-1), text, start: 0 }) as Segment;

describe('publicRepliers', () => {
  const thread = (firstAuthor: string, secondAuthor: string) => [
    seg('/replies/0/author', firstAuthor),
    seg('/replies/0/text', 'My son went through your teen program.'),
    seg('/replies/1/author', secondAuthor),
    seg('/replies/1/text', 'Thank you for sharing.'),
  ];

  it("gives a person's item in a reply thread back to the public when someone else answers", () => {
    const voices = publicRepliers(thread('Dee Harmon', 'Crossroads Youth Services'), ['reply', 'reply', 'reply', 'reply'], REPLY_KEYS);
    expect(voices).toEqual(['public', 'public', 'reply', 'reply']);
  });

  it('keeps a thread whose authors are all people, or all the organisation, as it was read', () => {
    expect(publicRepliers(thread('Dee Harmon', 'Jorge Ruiz'), ['reply', 'reply', 'reply', 'reply'], REPLY_KEYS)).toEqual(['reply', 'reply', 'reply', 'reply']);
    expect(publicRepliers(thread('Harbor Dental (draft)', 'Harbor Dental'), ['reply', 'reply', 'reply', 'reply'], REPLY_KEYS)).toEqual(['reply', 'reply', 'reply', 'reply']);
  });

  it("reads a handle as a person's unless it is an organisation's", () => {
    const voices = publicRepliers(thread('@sam_rises', '@brightpathrecovery'), ['reply', 'reply', 'reply', 'reply'], REPLY_KEYS);
    expect(voices).toEqual(['public', 'public', 'reply', 'reply']);
  });

  it("reads the organisation's draft or named item among a thread's comments as its reply", () => {
    const comments = (author: string, status?: string) => [
      seg('/comments/0/author', 'Carol Meyers'),
      seg('/comments/0/text', 'You guys are heroes.'),
      seg('/comments/1/author', author),
      seg('/comments/1/text', 'Thank you Carol! So glad Dennis is home.'),
      ...(status ? [seg('/comments/1/status', status)] : []),
    ];
    const publicVoices = (n: number) => Array<'public'>(n).fill('public');
    expect(publicRepliers(comments('harborlightcares', 'draft - needs approval'), publicVoices(5), REPLY_KEYS)).toEqual(['public', 'public', 'reply', 'reply', 'reply']);
    expect(publicRepliers(comments('Oak Ridge Fire Co.'), publicVoices(4), REPLY_KEYS)).toEqual(['public', 'public', 'reply', 'reply']);
    // Another person's comment stays the public's.
    expect(publicRepliers(comments('Pete Amsel'), publicVoices(4), REPLY_KEYS)).toEqual(publicVoices(4));
  });

  it("leaves a field that is itself the answer to the organisation, in a person's item", () => {
    const segments = [
      seg('/reviews/0/author', 'Mark Jansen'),
      seg('/reviews/0/response', 'Hi Mark, your prescription was sent.'),
      seg('/reviews/1/author', 'CalmLine Health'),
      seg('/reviews/1/response', 'Thanks!'),
    ];
    expect(publicRepliers(segments, ['ours', 'reply', 'ours', 'reply'], REPLY_KEYS)).toEqual(['ours', 'reply', 'ours', 'reply']);
  });
});

it("reads a comment by the team's own people on a draft as the organisation's, not the public's", () => {
  const segments = [
    seg('/post_draft', 'Meet our new MRI!'),
    seg('/comments/0/author', 'Priya Natarajan (Marketing)'),
    seg('/comments/0/text', 'Can we open with a patient story?'),
    seg('/comments/1/author', 'Greg Holm, Imaging Director'),
    seg('/comments/1/text', 'Approved as written.'),
    seg('/comments/2/author', 'Dee Harmon'),
    seg('/comments/2/text', 'My son had his MRI here.'),
  ];
  expect(publicRepliers(segments, segments.map(() => 'public'), REPLY_KEYS)).toEqual(['public', 'ours', 'ours', 'ours', 'ours', 'public', 'public']);
  // Not under a post with no draft: "Karen Smith (retired director)" is the public.
  const comments = [seg('/comments/0/author', 'Karen Smith (retired director)'), seg('/comments/0/text', 'You cared for me after my knee replacement.')];
  expect(publicRepliers(comments, ['public', 'public'], REPLY_KEYS)).toEqual(['public', 'public']);
});
