import { describe, expect, it } from 'vitest';
import { bylineNameWords, staffByline, writtenByStaff } from '../../src/context/bylines.js';
import type { Segment } from '../../src/model/types.js';

const seg = (text: string, key = 'author') => ({ text, key }) as unknown as Segment;

describe('staff bylines', () => {
  it.each(['Dr. Samir Haddad, PharmD', 'Marcus Liang, DPT', 'Lt. Eddie Ramos, Ridgeway Fire Rescue', 'Jess Tamura, Community Manager, Keystone Health Plan', 'Jolene Park, Licensed Esthetician'])('%s names a member of staff', (text) => {
    expect(staffByline(seg(text))).toBe(true);
  });
  it.each(['Maria Lopez', 'Valley General Hospital Communications', 'Guest post by a reader'])('%s does not', (text) => {
    expect(staffByline(seg(text))).toBe(false);
  });
  it('reads only an author field', () => {
    expect(staffByline(seg('Marcus Liang, DPT', 'caption'))).toBe(false);
  });
  it('gives the name words before the credential or job, without the rank', () => {
    expect(bylineNameWords(seg('Marcus Liang, DPT'))).toEqual(['marcus', 'liang']);
    expect(bylineNameWords(seg('Lt. Eddie Ramos, Ridgeway Fire Rescue'))).toEqual(['eddie', 'ramos']);
    expect(bylineNameWords(seg('Maria Lopez'))).toEqual([]);
  });
});

describe('posts written by staff', () => {
  it('reads a byline line of its own in the body', () => {
    expect(writtenByStaff(seg('By Andre Wilkes, CPRS', 'paragraph'))).toBe(true);
    expect(writtenByStaff(seg('By Maria Lopez, a grateful mom', 'paragraph'))).toBe(false);
    expect(writtenByStaff(seg('Stories by Andre Wilkes, CPRS, and the peer team, every month in our newsletter and on our blog and podcast', 'paragraph'))).toBe(false);
  });
});
