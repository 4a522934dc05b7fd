import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startCheck } from '../../src/text/start-checks.js';

const AGE = "(?<=\\p{Lu}[\\p{L}'’-]+,\\s)\\d{1,3}(?=,)";
const MAC = '[0-9a-fA-F](?<![\\w.].)[0-9a-fA-F]{3}\\.[0-9a-fA-F]{4}\\.[0-9a-fA-F]{4}(?!\\w|\\.\\w)';

describe('startCheck', () => {
  it("reads a leading lookbehind's last characters", () => {
    const check = startCheck(AGE, 'iuy')!;
    const text = 'Anna Lee, 34, of Elm; room 34, bed 2';
    expect(check(text, text.indexOf('34'))).toBe(true);
    expect(check(text, text.indexOf('4'))).toBe(false);
    expect(check(text, text.lastIndexOf('34'))).toBe(false);
    expect(check('3', 0)).toBe(false);
  });

  it('reads characters at fixed places after the start', () => {
    const check = startCheck(MAC, 'uy')!;
    expect(check('mac 0a1b.2c3d.4e5f', 4)).toBe(true);
    expect(check('see 1234.Then', 4)).toBe(false);
    expect(check('abc.', 0)).toBe(false);
    expect(startCheck('(?<z>\\d{5})\\s+zip', 'iuy')!('12345 zip', 0)).toBe(true);
    expect(startCheck('(?<z>\\d{5})\\s+zip', 'iuy')!('1234a zip', 0)).toBe(false);
  });

  it('takes both cases, and ſ and K for s and k, under i', () => {
    const check = startCheck('(?<=as)k', 'iuy')!;
    expect(check('ASK', 2)).toBe(true);
    expect(check('aſK', 2)).toBe(true);
    expect(check('ax k', 3)).toBe(false);
  });

  it('stops at a negated escape that may take an astral character under u', () => {
    // "😀a": \W takes both code units of the emoji, so \w stands at 2, not at 1.
    expect(startCheck('\\W\\w', 'uy')?.('😀a', 0) ?? true).toBe(true);
    expect(new RegExp('\\W\\w', 'uy').exec('😀a')).not.toBeNull();
  });

  it('refuses no start inside a surrogate pair under u (the engine tries it from the pair)', () => {
    const re = /(?<=, )/uy;
    re.lastIndex = 3;
    expect(re.exec(', 😀')).not.toBeNull();
    expect(startCheck('(?<=, )', 'uy')?.(', 😀', 3) ?? true).toBe(true);
  });

  it('reads the ASCII letters and digits of \\p{L}, \\p{Lu}, \\p{Ll} and \\p{N}', () => {
    const check = startCheck('\\b[Tt]he (?<n>\\p{Lu}\\p{Ll}+?)s ', 'duy')!;
    expect(check('visit the Smiths ', 6)).toBe(true);
    expect(check('visit the Éclairs ', 6)).toBe(true);
    expect(check('visit the store', 6)).toBe(false);
    expect(startCheck('\\p{Lu}x', 'iuy')!('ax', 0)).toBe(true);
    expect(startCheck('\\p{Ll}', 'uy')!('A', 0)).toBe(false);
    expect(startCheck('\\P{N}x', 'uy')!('1x', 0)).toBe(false);
    expect(startCheck('\\P{N}x', 'uy')!('😀x', 0)).toBe(true);
  });

  it('checks nothing it cannot read', () => {
    expect(startCheck('a|b', 'y')).toBeUndefined();
    expect(startCheck('\\p{Sc}+', 'uy')).toBeUndefined();
    expect(startCheck('(?:x)?.', 'y')).toBeUndefined();
  });

  const parts = ['\\p{Ll}', '\\P{Lu}', '\\p{N}', '\\p{L}', '\\P{Nd}', '(?<=, )', '(?<=[a-z]+\\s)', '(?<!x)', '(?=\\d)', '\\b', '\\d{2}', '\\d{1,2}', 'a+', 's', 'k', 'K', 'ſ', 'é', '😀', '(?:ab|c)', '(?<n>x\\.y)', '(?:a\\d)', '.', '\\s', '[^a]', '\\w', '\\W', '\\D', '\\p{Lu}', '[\\u00e9-\\u00ff]', 'x{0,2}', '\\u0041', '[a-cX-Z_]', '[\\p{L}-]', ','];
  const chars = fc.constantFrom('a', 'b', 'c', 'k', 'K', 's', 'S', 'ſ', 'K', 'x', 'y', '.', ',', ' ', '1', '2', 'é', 'É', 'A', '_', '😀', '\n');

  it('never refuses a start where the regex matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 5 }), fc.constantFrom('y', 'iy', 'uy', 'iuy'), fc.array(chars, { maxLength: 16 }), (ps, flags, cs) => {
        const source = ps.join('');
        let re: RegExp;
        try {
          re = new RegExp(source, flags);
        } catch {
          return;
        }
        const check = startCheck(source, flags);
        const text = cs.join('');
        for (let at = 0; at <= text.length; at++) {
          re.lastIndex = at;
          if (re.exec(text)) expect(check?.(text, at) ?? true).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
