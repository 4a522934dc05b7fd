import type { Segment } from '../model/types.js';
import type { Voice } from './voice.js';
import { peopleCues } from '../lexicons/people-cues.js';

/** The fields that say who wrote an item of a thread. */
const AUTHOR_KEYS = new Set(['author', 'user', 'username', 'name', 'from', 'commenter', 'by', 'handle', 'account']);
/** "Shoreline Dental (draft)", a "status": "draft" beside it: the organisation's own answer, still being written. */
const DRAFT = /\(draft\)|\bdraft\b/i;
/** Handles of organisations: "@brightpathrecovery", "@westsiderx". */
const ORG_HANDLE = /^@?[\w.]*(?:clinic|health|care|pharmacy|rx|dental|vision|recovery|counsel|hospital|center|centre|medical|imaging|labs?|rehab|wellness|services|vet|animal)[\w.]*$/i;

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const arrayOf = (item: string) => (/\/\d+$/.test(item) ? parentOf(item) : undefined);

/** Whether an author's name is the organisation's: an org word ("Westside Family Pharmacy"), an org handle or a draft mark. */
function isOrgAuthor(author: string, itemIsDraft: boolean): boolean {
  const { orgWords } = peopleCues();
  return itemIsDraft || DRAFT.test(author) || ORG_HANDLE.test(author.trim()) || author.toLowerCase().split(/[^\p{L}]+/u).some((w) => orgWords.has(w));
}

/**
 * The items of a reply thread written by the public. Under "replies" every
 * item reads as the organisation's answer, but a thread mixes authors:
 * {"author": "Dee Harmon", "text": "My son went through your teen IOP"} is
 * the public's, beside {"author": "Crossroads Youth Services", "text": ...}.
 * When an array's items name their authors and one of them is the
 * organisation, an item by anyone else is the public's. Returns the voices
 * with those items' segments made 'public'.
 */
export function publicRepliers(segments: Segment[], voices: Voice[]): Voice[] {
  const authors = new Map<string, string>();
  const drafts = new Set<string>();
  for (const seg of segments) {
    if (!seg.pointer || !seg.key || seg.kind !== 'json-string') continue;
    const key = seg.key.toLowerCase();
    if (AUTHOR_KEYS.has(key)) authors.set(parentOf(seg.pointer), seg.text);
    else if (key === 'status' && DRAFT.test(seg.text)) drafts.add(parentOf(seg.pointer));
  }
  if (authors.size < 2) return voices;
  // Arrays with an item by the organisation.
  const answered = new Set<string>();
  for (const [item, author] of authors) if (isOrgAuthor(author, drafts.has(item))) answered.add(arrayOf(item) ?? '');
  return voices.map((voice, i) => {
    const pointer = segments[i].pointer;
    if (voice !== 'reply' || !pointer) return voice;
    // The item the segment sits in: the deepest enclosing pointer with an author.
    let item = parentOf(pointer);
    while (item && !authors.has(item)) item = parentOf(item);
    const array = item ? arrayOf(item) : undefined;
    if (!item || array === undefined || !answered.has(array)) return voice;
    return isOrgAuthor(authors.get(item)!, drafts.has(item)) ? voice : 'public';
  });
}
