import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalGate, rarestGates } from '../../src/text/literal-gates.js';
import { ANY, foldCode, OTHER } from '../../src/text/anchors.js';

/** The text folded code unit by code unit, as the anchor scans read it. */
const fold = (text: string) => String.fromCharCode(...Array.from({ length: text.length }, (_, i) => foldCode(text.charCodeAt(i))));
const O = String.fromCharCode(OTHER);
const W = String.fromCharCode(ANY);

describe('literalGate', () => {
  it('matches where the folded text holds a literal', () => {
    const gate = literalGate(['no.', '#0', 'numb'])!;
    expect(gate.test('No. 4')).toBe(true);
    expect(gate.test('our #7')).toBe(true);
    expect(gate.test('NUMBER 9')).toBe(true);
    expect(gate.test('no 4, # x')).toBe(false);
    expect(literalGate(['star'])!.test('ſtar')).toBe(true);
    expect(literalGate(['k9'.replace('9', '0')])!.test('\u212a9')).toBe(true);
  });

  it('cuts a literal before OTHER or ANY, and gives no gate when one is cut to nothing', () => {
    expect(literalGate([`#0${O}`])!.source).toBe('#[0-9]');
    expect(literalGate([`${O}ab`, 'cd'])).toBeUndefined();
    expect(literalGate([`${W}:`])).toBeUndefined();
  });

  it('holds wherever the folded text holds a literal of the set (and says what its cut literals say)', () => {
    const code = fc.constantFrom('a', 'b', 's', 'k', '0', ' ', '.', '#', '\t', O, W);
    const literal = fc.array(code, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const ch = fc.constantFrom('a', 'A', 'b', 'B', 's', 'S', 'ſ', 'k', 'K', '\u212a', '0', '7', '٣', ' ', '\u00a0', '.', '#', '\t', 'é', 'İ', '𝒜', 'x');
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 4 }), fc.array(ch, { maxLength: 16 }), (set, chars) => {
        const text = chars.join('');
        const folded = fold(text);
        const gate = literalGate(set);
        if (!gate) return;
        if (set.some((l) => folded.includes(l))) expect(gate.test(text)).toBe(true);
        const cut = set.map((l) => l.split(/[\x80-\uffff]/)[0]);
        expect(gate.test(text)).toBe(cut.some((l) => folded.includes(l)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('rarestGates', () => {
  it('keeps the rarest sets that have a gate, rarest first, one regex per source', () => {
    const shared = new Map<string, RegExp>();
    const gates = rarestGates([['the '], undefined, [`${O}x`], ['senator', 'mayor'], ['e']], 2, shared);
    expect(gates.map((g) => g.source)).toEqual(['senator|mayor', 'the ']);
    expect(rarestGates([['the ']], 2, shared)[0]).toBe(gates[1]);
  });
});
