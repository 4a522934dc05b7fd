import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/lexicons/sorted-rows.js';

describe('parseValue', () => {
  it('reads a whole count as it is and a decimal share scaled; anything else is 0', () => {
    expect(parseValue('12\tx', 0)).toBe(12);
    expect(parseValue('0.973\n', 1000)).toBe(973);
    expect(parseValue('0.0004', 1000)).toBe(0);
    expect(parseValue('', 0)).toBe(0);
    expect(parseValue('n/a', 1000)).toBe(0);
  });
});
