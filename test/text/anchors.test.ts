import { describe, expect, it } from 'vitest';
import { ANY, foldCode, OTHER, regexAnchors } from '../../src/text/anchors.js';

const O = String.fromCharCode(OTHER);

describe('regexAnchors', () => {
  it('reads the literal start of every alternative, case and digits folded', () => {
    expect(regexAnchors('\\b(?:MRN|Chart)#\\d+', true)).toEqual(['char', 'mrn#']);
    expect(regexAnchors('MRN\\s?\\d', true)).toEqual(['mrn\t', 'mrn\n', 'mrn\v', 'mrn\f', 'mrn\r', 'mrn ', 'mrn0', `mrn${O}`].sort());
    expect(regexAnchors('\\d{3}-\\d{2}', true)).toEqual(['000-']);
    expect(regexAnchors('[Rr]oom\\s+\\d', true)).toEqual(['room']);
  });

  it('skips zero-width assertions and optional parts, which cannot be where a match starts', () => {
    expect(regexAnchors('(?<!not\\s)(?=g)\\bguaranteed?', true)).toEqual(['guar']);
    expect(regexAnchors('(?:100%\\s+)?cure', true)).toEqual(['000%', 'cure']);
  });

  it('drops an anchor that a shorter one already covers', () => {
    expect(regexAnchors('ab|abcd|bc', true)).toEqual(['ab', 'bc']);
  });

  it('writes out a short count of one folded code for each count, and the certain copies of a long one', () => {
    expect(regexAnchors('\\d{5}x', true)).toEqual(['0000']);
    expect(regexAnchors('\\d{2}x', true)).toEqual(['00x']);
    expect(regexAnchors('\\d{2,3}x', true)).toEqual(['000x', '00x']);
    expect(regexAnchors('\\d{1,2}°', true)).toEqual([`00${O}`, `0${O}`]);
    expect(regexAnchors('\\d{10,}x', true)).toEqual(['0000']);
    expect(regexAnchors('x[ab]{3}', true)).toEqual(['xa', 'xb']);
  });

  it('stops at a repeated element or a large class', () => {
    expect(regexAnchors('ab+c', true)).toEqual(['ab']);
    expect(regexAnchors('ab\\p{Lu}c', true)).toEqual(['ab']);
  });

  it('gives none when a match could start anywhere or be empty', () => {
    expect(regexAnchors('\\p{Lu}\\w+ Hospital', true)).toBeUndefined();
    expect(regexAnchors('x|.', true)).toBeUndefined();
    expect(regexAnchors('(?:abc)?', true)).toBeUndefined();
    expect(regexAnchors('(unclosed', true)).toBeUndefined();
  });

  it('spells characters outside ASCII as OTHER, one per UTF-16 code unit', () => {
    expect(regexAnchors('é', true)).toEqual([O]);
    expect(regexAnchors('🐱x', true)).toEqual([O + O + 'x']);
  });
});

describe('foldCode', () => {
  it('folds every character a pattern character can match onto the same code', () => {
    expect(['A', 'a', '7', 'ſ', 'K', 'é', '_'].map((c) => String.fromCharCode(foldCode(c.charCodeAt(0))))).toEqual(['a', 'a', '0', 's', 'k', O, '_']);
  });
});

describe('regexAnchors on patterns that start almost anywhere', () => {
  it('gives none when its anchors would find more starts than a whole scan is worth', () => {
    // A MAC address starts with any hex digit: "a".."f" start a quarter of the letters of prose.
    expect(regexAnchors('[0-9A-F]{2}(?:[:-][0-9A-F]{2}){5}', true)).toBeUndefined();
    expect(regexAnchors('\\d{3}-\\d{4}', true)).toEqual(['000-']);
  });
});

describe('regexAnchors with wildcards', () => {
  const A = String.fromCharCode(ANY);

  it('finds a literal a few characters in when the pattern has no literal start', () => {
    // An IPv6 address: its first colon is 1 to 4 characters after the start.
    expect(regexAnchors('[0-9A-Fa-f](?<![\\w:].)[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}', true)).toEqual([`${A}:`, `${A}${A}:`, `${A}${A}${A}:`, `${A}${A}${A}${A}:`]);
    expect(regexAnchors('(?<![\\w:-])(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}', true)).toEqual([`${A}${A}:`]);
    expect(regexAnchors('[A-Z][A-Z9]\\d{7}', true)).toEqual([`${A}${A}00000`]);
  });

  it('counts a class that may match outside the BMP as one or two code units in Unicode mode', () => {
    expect(regexAnchors('\\p{Lu}-\\d', true)).toEqual([`${A}-0`, `${A}${A}-0`]);
    expect(regexAnchors('[^x]-\\d', false)).toEqual([`${A}-0`]);
  });

  it('gives none when a literal is too far in or an alternative has none', () => {
    expect(regexAnchors('\\p{Lu}\\w+ Hospital', true)).toBeUndefined();
    expect(regexAnchors('[a-f]:|[a-f]+', true)).toBeUndefined();
    expect(regexAnchors('[a-f]{9}:', true)).toBeUndefined();
  });
});
