import type { Segment } from '../model/types.js';
import { peopleCues } from '../lexicons/people-cues.js';
import { firstNames, isCommon, surnames, wordStats } from '../lexicons/stats.js';
import { lazyRegex } from '../text/lazy-regex.js';

/**
 * What the alt text written for an image says is in it. An image whose alt
 * text names only things or empty places ("Empty MRI scanner room with soft
 * blue lighting", "A blood pressure cuff on a kitchen table") shows no one,
 * even on a post that tells a patient's story; any person, pronoun, body
 * part or name in it ("Black lab Luna with a shaved leg", "hands holding a
 * mug") leaves the image to the rest of the model.
 */

/** Alt text in the same file for the image `ref` at segment `index`: the Markdown alt before it, a JSON sibling, or another reference to the same file. */
export function altTextOf(segments: readonly Segment[], index: number, ref: string): string | undefined {
  const seg = segments[index];
  const before = segments[index - 1];
  if (seg.kind === 'image-url' && before?.kind === 'image-alt') return before.text;
  const sibling = seg.pointer && siblingAlt(segments, seg.pointer);
  if (sibling) return sibling;
  // Front matter's "image: /blog/bp-cuff.jpg" and the body's "![A cuff on a table](/blog/bp-cuff.jpg)".
  const key = ref.trim();
  for (let i = 1; i < segments.length; i++) {
    if (i !== index && segments[i].kind === 'image-url' && segments[i].text.trim() === key && segments[i - 1].kind === 'image-alt') return segments[i - 1].text;
  }
  return undefined;
}

const ALT_FIELDS = ['alt', 'alt_text', 'altText', 'caption', 'description'];

/** "/photos/0/file" -> the value at "/photos/0/alt" (or caption, description). */
function siblingAlt(segments: readonly Segment[], pointer: string): string | undefined {
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  if (!parent) return undefined;
  for (const field of ALT_FIELDS) {
    const found = segments.find((s) => s.pointer === `${parent}/${field}`);
    if (found) return found.text;
  }
  return undefined;
}

// Words that put someone in the picture: pronouns, people, and parts of a body.
const SOMEONE = lazyRegex(() => {
  const { lists } = peopleCues();
  const people = [
    'he', 'she', 'him', 'his', 'her', 'hers', 'they', 'them', 'their', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
    'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'child', 'children', 'kid', 'kids', 'baby', 'babies', 'infant', 'toddler', 'teen', 'teenager',
    'person', 'people', 'someone', 'patient', 'patients', 'resident', 'residents', 'member', 'client', 'guest', 'student', 'students', 'athlete', 'player', 'runner',
    'couple', 'crowd', 'group', 'team', 'staff', 'crew', 'volunteers', 'owner', 'family', 'friends', 'portrait', 'selfie', 'headshot', 'smiling', 'smiles', 'waving', 'posing',
    'face', 'faces', 'smile', 'hand', 'hands', 'arm', 'arms', 'leg', 'legs', 'foot', 'feet', 'knee', 'knees', 'hip', 'shoulder', 'back', 'belly', 'chest', 'head', 'hair',
    'eye', 'eyes', 'mouth', 'teeth', 'tooth', 'lips', 'skin', 'finger', 'fingers', 'thumb', 'thumbs', 'toe', 'toes', 'wrist', 'ankle', 'neck', 'nose', 'ear', 'ears', 'scar', 'bump',
    // What only someone does in a picture: "Tiny giving two thumbs up in the chair".
    'holding', 'giving', 'wearing', 'sitting', 'seated', 'standing', 'walking', 'running', 'hugging', 'laughing', 'lying', 'resting', 'sleeping', 'playing',
    'eating', 'cheering', 'celebrating', 'dancing', 'blowing', 'high-fiving', 'thumbs-up',
    'mom', 'mum', 'dad', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'sister', 'brother', 'newborn', 'twins',
    ...lists.familyWords, ...lists.staffOccupations,
  ];
  const words = [...new Set(people.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}'’-])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}'’-])`, 'iu');
});

// A chart, diagram or drawing shows a body part without showing anyone: "Chart showing three stages of frostbite on a finger".
const DRAWING = lazyRegex(() => /^(?:an?\s+|the\s+)?(?:chart|diagram|illustration|drawing|graphic|infographic|model|poster|map|screenshot|table|graph|cartoon)s?(?![\p{L}])/iu);

const isNameWord = (w: string) => {
  const lower = w.toLowerCase();
  if (isCommon(wordStats(lower))) return false;
  return firstNames().get(lower) >= 100 || surnames().get(lower) >= 100;
};

/** The alt text shows no one: no person, pronoun, body part (outside a chart or drawing) or name in it. */
export function showsNoOne(alt: string): boolean {
  const text = alt.trim();
  if (!text) return false;
  if (DRAWING().test(text)) return !SOMEONE().test(text.replace(BODY_PARTS(), ' ')) && !namesSomeone(text);
  return !SOMEONE().test(text) && !namesSomeone(text);
}

const BODY_PARTS = lazyRegex(() => /(?<![\p{L}])(?:fingers?|thumbs?|hands?|arms?|legs?|feet|foot|knees?|hips?|shoulders?|back|belly|chest|head|eyes?|mouth|teeth|tooth|skin|toes?|wrists?|ankles?|neck|nose|ears?)(?![\p{L}])/giu);

/** A capitalised word that the name tables know and is no common word ("Luna", "Okafor"; not "Empty" or "Chart"). */
function namesSomeone(text: string): boolean {
  const words = text.match(/\p{Lu}[\p{Ll}'’]+/gu) ?? [];
  return words.some(isNameWord);
}
