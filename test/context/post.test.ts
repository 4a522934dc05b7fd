import { describe, expect, it } from 'vitest';
import { afterDecline, speaksToYou, STORY_REACH, storyReach } from '../../src/context/post.js';
import type { Sentence } from '../../src/model/post.js';

const sentence = (text: string): Sentence => ({ segment: 0, start: 0, end: text.length, text, reply: false });

it('a sentence belongs to the story only within STORY_REACH sentences of one about a patient', () => {
  const texts = ['Our patient went home today.', ...Array.from({ length: STORY_REACH + 2 }, (_, i) => `Other news number ${i}.`)];
  const near = storyReach(texts.map(sentence), (k) => k === 0);
  expect(near(0)).toBe(true);
  expect(near(STORY_REACH)).toBe(true);
  expect(near(STORY_REACH + 1)).toBe(false);
});

it('counts only sentences of two words or more: JSON keys and lone emoji do not push the story away', () => {
  const texts = ['Our patient went home today.', 'user', '💙', 'text', 'comments', 'status', 'Sarah, we are proud of you.'];
  const near = storyReach(texts.map(sentence), (k) => k === 0);
  expect(near(texts.length - 1)).toBe(true);
});

it('no story, nothing near it', () => {
  expect(storyReach(['One sentence here.'].map(sentence), () => false)(0)).toBe(false);
});

it('reads the sentences after a declining one in the same reply as its next steps', () => {
  const sentence = (text: string, segment: number, reply = true) => ({ text, segment, reply, start: 0, end: text.length }) as Sentence;
  const sentences = [
    sentence('Sorry your MRI ran late, Chris.', 0),
    sentence("We can't discuss any visit details here.", 0),
    sentence("Please call our clinic and they'll help you with your results.", 0),
    sentence('Hope your results came back fine!', 1),
    sentence('Call us with questions about your visit.', 2, false),
  ];
  expect([...afterDecline(sentences)]).toEqual([2]);
});

describe('speaksToYou', () => {
  it.each([
    'Bring your vaccine card if you have it.',
    "Call us at 555-0147 and we'll walk you through it.",
    'Many clinicians can prescribe it over video, depending on your state.',
    'Watch for swelling; if you see any of that, call us.',
  ])('an offer or a condition speaks of no care of the person: %s', (text) => expect(speaksToYou(text)).toBe(false));

  it.each(['Glad the stitches in your hand are holding up!', "We'll walk you through your results on Tuesday.", 'If you have any pain in your knee, call us.'])(
    'the person spoken to: %s',
    (text) => expect(speaksToYou(text)).toBe(true),
  );
});
