import { describe, expect, it } from 'vitest';
import { foldCode, OTHER, regexAnchors } from '../../src/text/anchors.js';

const O = String.fromCharCode(OTHER);

describe('regexAnchors', () => {
  it('reads the literal start of every alternative, case and digits folded', () => {
    expect(regexAnchors('\\b(?:MRN|Chart)#\\d+', true)).toEqual(['char', 'mrn#']);
    expect(regexAnchors('MRN\\s?\\d', true)).toEqual(['mrn\t', 'mrn\n', 'mrn\v', 'mrn\f', 'mrn\r', 'mrn ', 'mrn0', `mrn${O}`].sort());
    expect(regexAnchors('\\d{3}-\\d{2}', true)).toEqual(['0']);
    expect(regexAnchors('[Rr]oom\\s+\\d', true)).toEqual(['room']);
  });

  it('skips zero-width assertions and optional parts, which cannot be where a match starts', () => {
    expect(regexAnchors('(?<!not\\s)(?=g)\\bguaranteed?', true)).toEqual(['guar']);
    expect(regexAnchors('(?:100%\\s+)?cure', true)).toEqual(['000%', 'cure']);
  });

  it('drops an anchor that a shorter one already covers', () => {
    expect(regexAnchors('ab|abcd|bc', true)).toEqual(['ab', 'bc']);
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
    expect(regexAnchors('\\d{3}-\\d{4}', true)).toEqual(['0']);
  });
});
