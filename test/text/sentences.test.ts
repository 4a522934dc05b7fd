import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('splits on end punctuation but not after titles', () => {
    expect(sentences('Mr. Lindqvist went home. Dr. Mehta waved! Was it fun? Yes')).toEqual([
      'Mr. Lindqvist went home.',
      'Dr. Mehta waved!',
      'Was it fun?',
      'Yes',
    ]);
  });

  it('a blank line or a list item always ends a sentence', () => {
    expect(sentences('Heading without stop\n\nNext part\n- item one\n- item two')).toEqual([
      'Heading without stop',
      'Next part',
      '- item one',
      '- item two',
    ]);
  });
});

it('an ellipsis before a lower-case word is a pause; a Spanish title is no sentence end', () => {
  const text = 'Thanks to one very… social bartender. ¡Felicidades a la Sra. Rosa Paredes! Wait... What?';
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
    'Thanks to one very… social bartender.',
    '¡Felicidades a la Sra. Rosa Paredes!',
    'Wait...',
    'What?',
  ]);
});
