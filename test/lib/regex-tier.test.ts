import { describe, expect, it } from 'vitest';
import { REGEX_FLAGS, compileRegexesOnce } from '../../src/lib/regex-tier.js';

describe('compileRegexesOnce', () => {
  it('leaves what a regex matches the same in the interpreter and in machine code', () => {
    const texts = ['working on the ', 'Flu shots on Saturday', 'ſerving our  patients', 'her therapist', ''];
    const answers = (re: RegExp) => Array.from({ length: 150 }, (_, i) => re.exec(texts[i % texts.length])?.[0] ?? null);
    const source = '(?<![\\p{L}])(?:work|serv)(?:ing|ed)?\\s+(?:on|our)\\s+(?:[\\p{L}-]+\\s+){0,2}';
    const before = answers(new RegExp(source, 'iu'));
    compileRegexesOnce();
    try {
      // Another source (V8 keeps compiled regexes by source): its first 100 runs in the interpreter, the others compiled.
      expect(answers(new RegExp(`${source}|\u0000`, 'iu'))).toEqual(before);
    } finally {
      compileRegexesOnce(['--regexp-tier-up-ticks=1', '--regexp-peephole-optimization']);
    }
  });

  it('sets only regexp flags, each on its own (V8 prints an error to stderr for one it does not know)', () => {
    expect(REGEX_FLAGS.every((f) => /^--(?:no-)?regexp-[a-z-]+(?:=\d+)?$/.test(f))).toBe(true);
  });
});
