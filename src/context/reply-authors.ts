import type { Segment } from '../model/types.js';
import { isFirstName, keyWords, type Voice } from './voice.js';
import { isOrgOrStaffHandle } from './org-handles.js';

/** The fields that say who wrote an item of a thread. */
const AUTHOR_KEYS = new Set(['author', 'user', 'username', 'name', 'from', 'commenter', 'by', 'handle', 'account']);
/** "Shoreline Dental (draft)", a "status": "draft" beside it: the organisation's own answer, still being written. */
const DRAFT = /\(draft\)|\bdraft\b/i;

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const arrayOf = (item: string) => (/\/\d+$/.test(item) ? parentOf(item) : undefined);

/** Words of an organisation's name that no person's name has. */
const ORG_NAME = /\b(?:clinic|health|healthcare|care|pharmacy|drug|dental|dentistry|vision|eye|optical|recovery|counseling|counselling|hospital|center|centre|medical|imaging|labs?|diagnostics|rehab|wellness|services|vet|veterinary|animal|team|practice|group|associates|institute|foundation|department|dept|fire|rescue|ems|ambulance|police|district|county|city)\b/i;

/**
 * Whether an author is a member of the public: a person's name ("Dee Harmon",
 * "Jorge P.") or a handle that is no organisation's, not a draft and no
 * organisation's name ("Crossroads Youth Services", "Shoreline Dental (draft)").
 */
function isPublicAuthor(author: string, itemIsDraft: boolean): boolean {
  const name = author.trim();
  if (itemIsDraft || DRAFT.test(name) || ORG_NAME.test(name)) return false;
  if (name.startsWith('@')) return !isOrgOrStaffHandle(name);
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(name)?.[0];
  return first !== undefined && name.split(/\s+/).length <= 3 && isFirstName(first);
}

/** "Priya Natarajan (Marketing)", "Greg Holm, Imaging Director", "Dr. Simone Greer": the team's own people, commenting on a draft (a job's word, not "nurse" or "MD": "Karen (retired nurse)", "Jenny from Baltimore, MD"). */
const STAFF_AUTHOR = /^(?:Dr\.?\s|[^(,]+(?:\([^)]*|,[^,]*)(?<![\p{L}])(?:marketing|intern|director|manager|coordinator|legal|compliance|communications|comms|social media|editor|agency|ceo|cmo|vp|supervisor|administrator)(?![\p{L}]))/iu;

/**
 * Who wrote each item of a thread whose items name their authors. Under
 * "replies" every item reads as the organisation's answer, and under
 * "comments" as the public's, but a thread mixes authors:
 * {"author": "Dee Harmon", "text": "My son went through your teen IOP"} is
 * the public's beside {"author": "Crossroads Youth Services", "text": ...},
 * and {"author": "harborlightrecovery", "text": "@sam so proud of you",
 * "status": "draft"} among comments is the organisation's answer. In an array
 * whose items name both a person (a first name, a handle that is no
 * organisation's) and someone else, the person's items are the public's and
 * a draft's or an organisation's are replies. Returns the voices so amended.
 */
export function publicRepliers(segments: Segment[], voices: Voice[], replyKeys: Set<string>): Voice[] {
  const authors = new Map<string, string>();
  const drafts = new Set<string>();
  for (const seg of segments) {
    if (!seg.pointer || !seg.key || seg.kind !== 'json-string') continue;
    const key = seg.key.toLowerCase();
    if (AUTHOR_KEYS.has(key)) authors.set(parentOf(seg.pointer), seg.text);
    else if (key === 'status' && DRAFT.test(seg.text)) drafts.add(parentOf(seg.pointer));
  }
  // Only on a draft that people comment on ("post_draft", a draft's status): elsewhere "Karen (retired director)" is the public.
  const onDraft = drafts.size > 0 || segments.some((seg) => /draft/i.test(seg.key ?? ''));
  const staffItems = new Set(onDraft ? [...authors].filter(([, author]) => STAFF_AUTHOR.test(author.trim())).map(([item]) => item) : []);
  if (authors.size < 2 && !staffItems.size) return voices;
  // Arrays whose items name both the public and someone else (the organisation answering).
  const publicItems = new Set<string>();
  const withPublic = new Set<string>();
  const others = new Set<string>();
  for (const [item, author] of authors) {
    const array = arrayOf(item);
    if (array === undefined) continue;
    if (isPublicAuthor(author, drafts.has(item))) {
      publicItems.add(item);
      withPublic.add(array);
    } else others.add(array);
  }
  return voices.map((voice, i) => {
    const pointer = segments[i].pointer;
    if (!pointer || (voice !== 'reply' && voice !== 'public')) return voice;
    // A field that is itself the answer ("reply_draft", "developer_response") stays the organisation's.
    if (voice === 'reply' && keyWords(segments[i].key ?? '').some((w) => replyKeys.has(w))) return voice;
    // The item the segment sits in: the deepest enclosing pointer with an author.
    let item = parentOf(pointer);
    while (item && !authors.has(item)) item = parentOf(item);
    // A comment by the team's own people on a draft ("Kayla (marketing intern)") is the organisation's, not the public's.
    if (item && voice === 'public' && staffItems.has(item)) return 'ours';
    if (!item || arrayOf(item) === undefined) return voice;
    const array = arrayOf(item)!;
    if (voice === 'reply') return publicItems.has(item) && others.has(array) ? 'public' : voice;
    // Among comments, the organisation's own item answers them: a draft, or an author that is an organisation.
    return !publicItems.has(item) && withPublic.has(array) && (drafts.has(item) || ORG_NAME.test(authors.get(item)!) || DRAFT.test(authors.get(item)!)) ? 'reply' : voice;
  });
}
