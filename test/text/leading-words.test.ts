import { describe, expect, it } from 'vitest';
import { leadingWords } from '../../src/text/leading-words.js';

describe('leadingWords', () => {
  it('reads the words after the opening lookbehind of every alternative', () => {
    expect(leadingWords('(?<![\\p{L}])(?:work|serves)\\s+on|(?<![\\p{L}])for\\s+our')).toEqual(['work', 'serves', 'for']);
  });

  it('looks through one group around the whole pattern and a closing $', () => {
    expect(leadingWords('(?:(?<![\\p{L}])(?:host|offer)\\s+|(?<![\\p{L}])our\\s+)$')).toEqual(['host', 'offer', 'our']);
  });

  it('reads nested groups and stops at what follows a word', () => {
    expect(leadingWords('(?<![\\p{L}])(?:teach|(?:learn|learns)(?=\\s+(?!to\\s)))\\s+')).toEqual(['teach', 'learn', 'learns']);
  });

  it('drops a letter a quantifier may skip', () => {
    expect(leadingWords('(?<![\\p{L}])(?:works?|dogs*|ca{0,2}t|goo{1,2}d)\\s')).toEqual(['work', 'dog', 'c', 'goo']);
  });

  it('lower-cases the words', () => {
    expect(leadingWords('(?<![\\p{L}])(?:Work|SERVES)\\s')).toEqual(['work', 'serves']);
  });

  it('reads no other shape', () => {
    expect(leadingWords('(?<![\\p{L}])work|serves')).toBeUndefined();
    expect(leadingWords('\\bwork\\s')).toBeUndefined();
    expect(leadingWords('(?<![\\p{L}])(?:the\\s+)?work')).toBeUndefined();
    expect(leadingWords('(?<![\\p{L}])(?:work|\\s+)')).toBeUndefined();
    expect(leadingWords('(?<![\\p{L}])(?:work|)')).toBeUndefined();
    expect(leadingWords('(?<![\\p{L}])s?work')).toBeUndefined();
  });
});
