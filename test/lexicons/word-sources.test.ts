import { describe, expect, it } from 'vitest';
import { rawCues } from '../../src/lexicons/cue-lists.js';
import { cachedGateWords, cachedWordsSource, wordSourcesSection } from '../../src/lexicons/word-sources.js';
import { wordsRegex } from '../../src/text/words.js';

describe('word sources', () => {
  it('are the sources wordsRegex builds, and the gate words, kept for the build to write out', () => {
    const roles = rawCues().roles;
    expect(cachedWordsSource(roles)).toBe(wordsRegex(roles, 'gi').source);
    expect(cachedWordsSource(['Mr', 'mrs'], false)).toBe(wordsRegex(['Mr', 'mrs'], 'g').source);
    const gate = cachedGateWords(['in our emergency department', 'niño']);
    expect(gate).toEqual({ words: ['emergency'], nonAscii: true, open: false }); // rarer in film subtitles than "department"
    expect(Object.values(wordSourcesSection())).toContainEqual(gate);
  });
});
