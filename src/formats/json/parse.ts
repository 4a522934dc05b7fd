/**
 * JSON sources: every string value becomes a 'json-string' segment with its
 * RFC 6901 pointer and property name. Number values are segments too (raw
 * literal text), since an MRN or phone stored as a number is still PHI.
 * Every property name becomes a 'json-key' segment (keys.ts): a key can name
 * someone, and it labels a short value. It follows a scalar value's segment
 * (so the value's own sentence comes first for context) and precedes a
 * container's.
 *
 * The walk is token by token over jsonc-parser's scanner with an explicit
 * container stack, so 10,000-deep documents cannot overflow the call stack.
 *
 * Malformed input (posts are strict JSON: comments and trailing commas count)
 * records the first error as a ParseProblem and keeps scanning. Choice: we
 * return every value still readable, plus runs of bare unquoted words as
 * 'text' segments; if that yields nothing (e.g. content only in key position),
 * the whole raw source becomes one 'text' segment, so nothing escapes the
 * detectors. An empty or whitespace-only file is not an error: no segments.
 * Problem messages never quote the source, as it may hold PHI.
 */
import { createScanner, ScanError, SyntaxKind } from 'jsonc-parser';
import type { ParsedSource, ParseProblem, Segment } from '../../model/types.js';
import { keySegment, type Located } from '../keys.js';
import { decodeJsonString } from './string.js';

/** What the grammar allows next. */
type Expect = 'value' | 'key' | 'colon' | 'comma' | 'done';

interface Frame {
  isObject: boolean;
  pointer: string;
  /** Nearest enclosing property name, inherited by array items. */
  key: string | undefined;
  /** Current property name (objects). */
  prop: string | undefined;
  /** Next item index (arrays). */
  index: number;
  /** The current property name as written, until its value has been seen. */
  keyAt?: Located;
}

interface Place {
  pointer: string;
  key: string | undefined;
}

const SCAN_ERRORS: Record<number, string> = {
  [ScanError.UnexpectedEndOfComment]: 'unterminated comment',
  [ScanError.UnexpectedEndOfString]: 'unterminated string',
  [ScanError.UnexpectedEndOfNumber]: 'invalid number',
  [ScanError.InvalidUnicode]: 'invalid \\u escape',
  [ScanError.InvalidEscapeCharacter]: 'invalid escape sequence',
  [ScanError.InvalidCharacter]: 'control character in string',
};

/** RFC 6901: '~' and '/' in a reference token are written ~0 and ~1. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parseJson(source: string): ParsedSource {
  const segments: Segment[] = [];
  const problems: ParseProblem[] = [];
  const stack: Frame[] = [];
  let expect = 'value' as Expect; // widened on purpose: the closures below change it
  let prev: SyntaxKind = SyntaxKind.EOF; // previous significant token
  let prevOff = 0;
  // A run of bare words being collected; `place` undefined means it is a key.
  let bare: { start: number; end: number; place: Place | undefined } | undefined;

  const fail = (what: string, offset: number): void => {
    if (problems.length === 0) problems.push({ message: `malformed JSON: ${what}`, offset });
  };
  const top = (): Frame | undefined => stack[stack.length - 1];
  const expected = (): string => {
    switch (expect) {
      case 'value': return 'expected a value';
      case 'key': return 'expected a property name in double quotes';
      case 'colon': return 'expected a colon';
      case 'comma': return top()?.isObject ? 'expected a comma or closing brace' : 'expected a comma or closing bracket';
      default: return 'unexpected content after the end of the document';
    }
  };
  const emit = (text: string, kind: Segment['kind'], start: number, place: Place, map?: number[]): void => {
    const seg: Segment = { text, kind, start, pointer: place.pointer };
    if (map) seg.map = map;
    if (place.key !== undefined) seg.key = place.key;
    segments.push(seg);
  };

  /** Emits the pending property name of the innermost object, labelling `value` when given. */
  const emitKey = (place: Place, value?: Located): void => {
    const t = top();
    if (!t?.isObject || !t.keyAt) return;
    const seg = keySegment(t.keyAt, value, { pointer: place.pointer, kind: 'json-key' });
    if (seg) segments.push(seg);
    t.keyAt = undefined;
  };
  const located = (text: string, start: number, map?: number[]): Located => ({ text, map: map ?? Array.from({ length: text.length + 1 }, (_, i) => start + i) });

  /** Pointer and key of the value about to start; advances the array index. */
  const nextPlace = (): Place => {
    const t = top();
    if (!t) return { pointer: '', key: undefined };
    if (t.isObject) return { pointer: `${t.pointer}/${escapePointerToken(t.prop ?? '')}`, key: t.prop };
    return { pointer: `${t.pointer}/${t.index++}`, key: t.key };
  };
  /** A scalar arrives: its place, or undefined when it must be read as a property name. */
  const arrive = (offset: number, isString: boolean): Place | undefined => {
    if (top()?.isObject && (expect === 'key' || expect === 'comma')) {
      // A string in key position is a valid key; anything else is recovered as one.
      if (expect === 'comma') fail(expected(), offset);
      else if (!isString) fail('expected a property name in double quotes', offset);
      expect = 'colon';
      return undefined;
    }
    if (expect !== 'value') fail(expected(), offset);
    const place = nextPlace();
    expect = stack.length ? 'comma' : 'done';
    return place;
  };
  const flushBare = (): void => {
    if (!bare) return;
    const raw = source.slice(bare.start, bare.end);
    if (bare.place) emit(raw, 'text', bare.start, bare.place);
    else { const t = top(); if (t) { t.prop = raw; t.keyAt = located(raw, bare.start); } }
    bare = undefined;
  };

  const scanner = createScanner(source, false);
  for (let tok = scanner.scan(); tok !== SyntaxKind.EOF; tok = scanner.scan()) {
    const off = scanner.getTokenOffset();
    const len = scanner.getTokenLength();
    const error = scanner.getTokenError();
    if (error !== ScanError.None) fail(SCAN_ERRORS[error] ?? 'invalid token', off);
    if (bare) {
      // Words, numbers and spaces on the same line extend a bare run.
      if (tok === SyntaxKind.Trivia) continue;
      if (isBareWord(tok)) { bare.end = off + len; continue; }
      flushBare();
    }
    switch (tok) {
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        continue;
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        fail('comments are not allowed', off);
        continue;
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken: {
        if (expect !== 'value') fail(expected(), off);
        const place = nextPlace();
        emitKey(place);
        const isObject = tok === SyntaxKind.OpenBraceToken;
        stack.push({ isObject, pointer: place.pointer, key: place.key, prop: undefined, index: 0 });
        expect = isObject ? 'key' : 'value';
        break;
      }
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        const isObject = tok === SyntaxKind.CloseBraceToken;
        const at = findLast(stack, isObject);
        const justOpened = prev === (isObject ? SyntaxKind.OpenBraceToken : SyntaxKind.OpenBracketToken);
        if (at < 0) { fail(`unexpected closing ${isObject ? 'brace' : 'bracket'}`, off); break; }
        if (at !== stack.length - 1 || (expect !== 'comma' && !justOpened)) {
          if (prev === SyntaxKind.CommaToken) fail('trailing comma', prevOff);
          else fail(expected(), off);
        }
        stack.length = at; // also drops unclosed inner containers
        expect = stack.length ? 'comma' : 'done';
        break;
      }
      case SyntaxKind.CommaToken:
        if (expect !== 'comma') fail(expected(), off);
        if (stack.length) expect = top()?.isObject ? 'key' : 'value';
        break;
      case SyntaxKind.ColonToken:
        if (expect !== 'colon') fail(expected(), off);
        if (top()?.isObject) expect = 'value';
        break;
      case SyntaxKind.StringLiteral: {
        // The closing quote is missing when the string ran into a line end or EOF.
        const end = error === ScanError.UnexpectedEndOfString ? off + len : off + len - 1;
        const { text, map } = decodeJsonString(source, off + 1, Math.max(off + 1, end));
        const place = arrive(off, true);
        const here = located(text, off + 1, map);
        if (place) {
          emit(text, 'json-string', off + 1, place, map);
          emitKey(place, here);
        } else setProp(text, here);
        break;
      }
      case SyntaxKind.NumericLiteral:
      case SyntaxKind.TrueKeyword:
      case SyntaxKind.FalseKeyword:
      case SyntaxKind.NullKeyword: {
        const raw = source.slice(off, off + len);
        const place = arrive(off, false);
        if (!place) setProp(raw, located(raw, off));
        else if (tok === SyntaxKind.NumericLiteral) {
          emit(raw, 'json-string', off, place);
          emitKey(place, located(raw, off));
        } else emitKey(place);
        break;
      }
      default: // Unknown: a bare word or stray character
        fail('unexpected character', off);
        bare = { start: off, end: off + len, place: arrive(off, false) };
    }
    prev = tok;
    prevOff = off;
  }
  flushBare();
  if (stack.length) fail('unexpected end of input', source.length);

  if (problems.length && !segments.length && source.trim() !== '') {
    return { segments: [{ text: source, kind: 'text', start: 0 }], problems };
  }
  return { segments, problems };

  function setProp(name: string, at: Located): void {
    const t = top();
    if (t) {
      t.prop = name;
      t.keyAt = at;
    }
  }
}

function isBareWord(tok: SyntaxKind): boolean {
  return tok === SyntaxKind.Unknown || tok === SyntaxKind.NumericLiteral
    || tok === SyntaxKind.TrueKeyword || tok === SyntaxKind.FalseKeyword || tok === SyntaxKind.NullKeyword;
}

/** Index of the innermost open container of the given kind, -1 if none. */
function findLast(stack: Frame[], isObject: boolean): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].isObject === isObject) return i;
  return -1;
}
