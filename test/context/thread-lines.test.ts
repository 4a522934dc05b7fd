import { describe, expect, it } from 'vitest';
import { lineVoices, voiceAt } from '../../src/context/thread-lines.js';

describe('who speaks on each line of a thread pasted as text', () => {
  const thread = [
    'Post: "Free TB testing every Wednesday."',
    'Comment — Karen B.: "My test came back positive, what now??"',
    'Draft reply — County Health: "We can\'t discuss results here. Please call us."',
    '@jess.and.ziggy: "Ziggy\'s bloodwork came back great!"',
    '→ Reply: "So glad!"',
    'Marta P. commented: "Do I need an appointment?"',
  ].join('\n');
  const lines = lineVoices(thread);
  const at = (needle: string) => voiceAt(lines, thread.indexOf(needle));

  it('reads a commenter\'s label as the public, a reply\'s label as the organisation\'s answer', () => {
    expect(at('Free TB')).toBe('ours');
    expect(at('My test came back')).toBe('public');
    expect(at("We can't discuss")).toBe('reply');
    expect(at('bloodwork')).toBe('public');
    expect(at('So glad')).toBe('reply');
    expect(at('Do I need')).toBe('public');
  });

  it('reads an incoming message in a DM template as the public\'s', () => {
    const dm = 'DM reply, Instagram\nIncoming (from @buzzy_example): "was in yesterday for my wrist"\n\nProposed reply:\nHi there! Please call us.\nInbound: "how much is lasik?"';
    const voices = lineVoices(dm);
    expect(voiceAt(voices, dm.indexOf('my wrist'))).toBe('public');
    expect(voiceAt(voices, dm.indexOf('Please call'))).toBe('reply');
    expect(voiceAt(voices, dm.indexOf('lasik'))).toBe('public');
  });

  it('reads an indented answer by an organisation as the reply, and the names above it as the public', () => {
    const pasted = 'FB comment thread – Valley Birth Center\n\nKara B: you delivered all 3 of my babies!!\n  ↳ Valley Birth Center: Thank you, Kara!\n\nLena O: how much is a tour?';
    const voices = lineVoices(pasted);
    expect(voiceAt(voices, pasted.indexOf('all 3'))).toBe('public');
    expect(voiceAt(voices, pasted.indexOf('Thank you'))).toBe('reply');
    expect(voiceAt(voices, pasted.indexOf('a tour'))).toBe('public');
    // Without an answer, a name and a colon is a script's line, not a comment.
    expect(lineVoices('Maria: my knee feels great after PT!\nCoach Dan: proud of you')).toEqual([]);
    // An indented line by a person is no organisation's answer.
    expect(lineVoices('Kara B: thanks!\n  ↳ Lena O: same here')).toEqual([]);
  });

  it('finds no labels in a post that has none, or in a column\'s question', () => {
    expect(lineVoices('Flu shots are here: walk in Mon-Fri.\nCall 555-0100.')).toEqual([]);
    expect(lineVoices('Question: Can I take ibuprofen with my blood pressure pill?')).toEqual([]);
    expect(voiceAt([], 10)).toBeUndefined();
  });
});
