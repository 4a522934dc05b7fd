import { describe, expect, it } from 'vitest';
import { closestId, closestWord, editDistance } from '../../src/lib/did-you-mean.js';

describe('did you mean', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('valeu', 'value')).toBe(1);
    expect(editDistance('rule', 'rules')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests a near word, never the word itself or a far one', () => {
    expect(closestWord('requireReson', ['root', 'requireReason', 'rules'])).toBe('requireReason');
    expect(closestWord('eror', ['error', 'warning', 'info', 'off'])).toBe('error');
    expect(closestWord('rules', ['rules'])).toBeUndefined();
    expect(closestWord('banana', ['error', 'warning'])).toBeUndefined();
  });

  it('suggests a rule id from its bare name', () => {
    expect(closestId('mrn', ['identifiers/mrn', 'identifiers/ssn'])).toBe('identifiers/mrn');
  });
});
