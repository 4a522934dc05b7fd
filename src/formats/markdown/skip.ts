import type { InlineContext, MarkdownConfig } from '@lezer/markdown';

/**
 * @lezer/markdown offers every character of inline text to each inline
 * parser in turn, and most characters start nothing: that loop is two thirds
 * of its parse time. These extensions run first and step over runs of
 * characters that no configured inline parser reacts to, so the tree is the
 * same (test/sources/markdown-skip.test.ts compares it on random input).
 *
 * Triggers: `\` escape or hard break, `&` entity, `` ` `` code, `<` HTML or
 * autolink, `*` `_` emphasis, `[` `!` `]` links and images, and a space that
 * another space or a line ending follows (hard break). GFM adds `~`
 * (strikethrough) and any character after a non-word character (literal
 * autolinks are tried at every word start).
 */
const TRIGGER = new Uint8Array(128);
for (const c of '\\&`<*_[!]') TRIGGER[c.charCodeAt(0)] = 1;
const TRIGGER_GFM = TRIGGER.slice();
TRIGGER_GFM['~'.charCodeAt(0)] = 1;

const SPACE = 32;
const NEWLINE = 10;
const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function skipper(trigger: Uint8Array, gfm: boolean) {
  return (cx: InlineContext, _next: number, start: number): number => {
    const { text, offset } = cx;
    const end = cx.end - offset;
    let i = start - offset;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && trigger[c] === 1) break;
      if (c === SPACE) {
        const d = text.charCodeAt(i + 1);
        if (d === SPACE || d === NEWLINE) break;
      }
      if (gfm && (i === 0 || !isWord(text.charCodeAt(i - 1)))) break;
    }
    return i > start - offset ? i + offset : -1;
  };
}

export const SkipPlain: MarkdownConfig = {
  parseInline: [{ name: 'SkipPlain', parse: skipper(TRIGGER, false), before: 'Escape' }],
};

export const SkipPlainGfm: MarkdownConfig = {
  parseInline: [{ name: 'SkipPlain', parse: skipper(TRIGGER_GFM, true), before: 'Escape' }],
};
