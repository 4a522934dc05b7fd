import { describe, expect, it } from 'vitest';
import { compileRegex, compileRuleRegex, RegexSyntaxError, type RegexEngine } from '../../src/text/regex.js';
import { RuleCompileError } from '../../src/model/rule.js';

const spans = (source: string, text: string, engine: RegexEngine, group?: number | string, ignoreCase = false) =>
  [...compileRegex(source, { engine, ignoreCase }).spans(text, group)];

describe.each(['native', 're2'] as const)('compileRegex (%s)', (engine) => {
  it('finds every match with UTF-16 offsets', () => {
    expect(spans('MRN\\d+', '🎉 MRN12 and MRN345', engine)).toEqual([[3, 8], [13, 19]]);
  });

  it('narrows to a numbered or named group; a group that did not take part is undefined', () => {
    expect(spans('MRN (?<id>\\d+)', 'MRN 42', engine, 'id')).toEqual([[4, 6]]);
    expect(spans('(a)|(b)', 'b', engine, 1)).toEqual([undefined]);
    expect(spans('(a)|(b)', 'b', engine, 2)).toEqual([[0, 1]]);
  });

  it('honours ignoreCase, test() and the group layout', () => {
    expect(spans('mrn', 'MRN', engine, undefined, true)).toEqual([[0, 3]]);
    const re = compileRegex('^(?:x(?<n>\\d)(y)?)$', { engine });
    expect([re.test('x1'), re.test('x1z')]).toEqual([true, false]);
    expect(re.groups).toEqual({ count: 2, names: ['n'] });
  });

  it('allows captureless lookbehind', () => {
    expect(spans('(?<![\\d-])\\d{3}', '1234 567', engine)).toEqual([[0, 3], [5, 8]]);
  });

  it('reports a pattern that does not compile', () => {
    expect(() => compileRegex('(unclosed', { engine })).toThrow(RegexSyntaxError);
  });
});

describe('the RE2 engine for user packs', () => {
  it('runs a catastrophic pattern in linear time', () => {
    const start = performance.now();
    expect(spans('(a+)+$', 'a'.repeat(50_000) + '!', 're2')).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it.each([
    ['lookahead', '\\d+(?!x)', /unsupported Perl syntax.*no lookahead/],
    ['a numbered backreference', '(a)\\1', /backreferences are not supported/],
    ['a named backreference', '(?<q>a)\\k<q>', /backreferences are not supported/],
  ])('rejects %s with the reason', (_what, source, message) => {
    expect(() => compileRegex(source, { engine: 're2' })).toThrow(message);
  });

  it('accepts JavaScript escapes such as \\u00e9 and an escaped backslash before a digit', () => {
    expect(spans('caf\\u00e9', 'café', 're2')).toEqual([[0, 4]]);
    expect(spans('\\\\1', 'a\\1', 're2')).toEqual([[1, 3]]);
  });

  it('compileRuleRegex turns a syntax error into a located rule error', () => {
    const err = (() => {
      try {
        compileRuleRegex('(?=x)', { engine: 're2' }, ['patterns', 2]);
      } catch (e) {
        return e as RuleCompileError;
      }
    })();
    expect(err).toBeInstanceOf(RuleCompileError);
    expect(err?.path).toEqual(['patterns', 2]);
    expect(err?.message).toMatch(/^invalid regular expression: /);
  });
});

describe('a native pattern the build checked already', () => {
  it('answers as one compiled at once, in Unicode or legacy mode, though its regexes are made on first use', () => {
    const cases: [string, string, boolean][] = [
      ['\\p{Lu}\\p{Ll}+ (?<last>[A-Z]\\w+)', 'Ana Ruiz and Bo Li', false],
      ['\\#(\\d+)', 'room #12 and #7', false],
      ['\\bflu shots?\\b', 'FLU SHOT, flu shots', true],
    ];
    for (const [source, text, ignoreCase] of cases) {
      const now = compileRegex(source, { engine: 'native', ignoreCase });
      const fresh = () => compileRegex(source, { engine: 'native', ignoreCase, checked: true });
      const starts = Array.from(text, (_, i) => i);
      expect([...fresh().spansAt(text, starts)]).toEqual([...now.spansAt(text, starts)]);
      expect([...fresh().spansAt(text, starts, 1)]).toEqual([...now.spansAt(text, starts, 1)]);
      expect([...fresh().spans(text)]).toEqual([...now.spans(text)]);
      expect(fresh().test(text)).toBe(now.test(text));
      expect(fresh().groups).toEqual(now.groups);
    }
  });

  it('still reports a pattern that does not compile when it is made', () => {
    expect(() => compileRegex('(?<n>a', { engine: 'native' })).toThrow(RegexSyntaxError);
    expect(() => [...compileRegex('(?<n>a', { engine: 'native', checked: true }).spans('a')]).toThrow(RegexSyntaxError);
  });
});
