import { describe, it, expect } from 'vitest';
import { parseJson } from '../../../src/formats/json/parse.js';
import { decodeJsonString } from '../../../src/formats/json/string.js';
import type { Segment } from '../../../src/model/types.js';

/** The value segments only (property names have their own tests below). */
function parseValues(src: string) {
  const parsed = parseJson(src);
  return { ...parsed, segments: parsed.segments.filter((s) => s.kind !== 'json-key') };
}

const brief = (segs: Segment[]) => segs.map((s) => ({ text: s.text, pointer: s.pointer, key: s.key }));

/** Every segment must point back at the source it came from. */
function expectMapsBack(source: string, segs: Segment[]): void {
  for (const s of segs) {
    if (s.map) {
      expect(s.map).toHaveLength(s.text.length + 1);
      expect(s.map[0]).toBe(s.start);
    } else {
      expect(source.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
  }
}

describe('parseJson: pointers and keys', () => {
  it('emits string values in source order with pointers and keys, never keys', () => {
    const src = '{"posts":[{"body":"hi","tags":["a",["b"]]}],"meta":{"author":{"name":"Ann"}}}';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([]);
    expect(brief(segments)).toEqual([
      { text: 'hi', pointer: '/posts/0/body', key: 'body' },
      { text: 'a', pointer: '/posts/0/tags/0', key: 'tags' },
      { text: 'b', pointer: '/posts/0/tags/1/0', key: 'tags' },
      { text: 'Ann', pointer: '/meta/author/name', key: 'name' },
    ]);
    expect(segments.every((s) => s.kind === 'json-string')).toBe(true);
    expect(segments[0].start).toBe(src.indexOf('hi'));
    expectMapsBack(src, segments);
  });

  it('escapes ~ and / in pointer tokens and keeps the raw key', () => {
    const src = '{"a/b":{"c~d":"x","~1":["y"]}}';
    expect(brief(parseValues(src).segments)).toEqual([
      { text: 'x', pointer: '/a~1b/c~0d', key: 'c~d' },
      { text: 'y', pointer: '/a~1b/~01/0', key: '~1' },
    ]);
  });

  it('uses the decoded key and the empty pointer for a top-level value', () => {
    expect(brief(parseValues('{"n\\u0061me":"Ann"}').segments)).toEqual([{ text: 'Ann', pointer: '/name', key: 'name' }]);
    expect(brief(parseValues('"Ann"').segments)).toEqual([{ text: 'Ann', pointer: '', key: undefined }]);
    expect(brief(parseValues('["Ann"]').segments)).toEqual([{ text: 'Ann', pointer: '/0', key: undefined }]);
  });
});

describe('parseJson: escapes and offsets', () => {
  it('decodes \\u escapes and maps each code unit to its source offset', () => {
    const src = '{"a":"Call \\u0041nna at 555-0100"}';
    const [seg] = parseValues(src).segments;
    expect(seg.text).toBe('Call Anna at 555-0100');
    expect(seg.start).toBe(src.indexOf('Call'));
    expect(seg.map).toHaveLength(seg.text.length + 1);
    expect(seg.map![seg.text.indexOf('A')]).toBe(src.indexOf('\\u0041'));
    expect(seg.map![seg.text.indexOf('nna')]).toBe(src.indexOf('nna'));
    expect(seg.map![seg.text.indexOf('555')]).toBe(src.indexOf('555'));
    expect(seg.map![seg.text.length]).toBe(src.lastIndexOf('"'));
  });

  it('decodes \\n, \\", \\\\, \\/ and maps text after them', () => {
    const src = '{"a":"line1\\nline2 \\"q\\" \\\\ \\/ end"}';
    const [seg] = parseValues(src).segments;
    expect(seg.text).toBe('line1\nline2 "q" \\ / end');
    expect(seg.map![5]).toBe(src.indexOf('\\n'));
    expect(seg.map![seg.text.indexOf('line2')]).toBe(src.indexOf('line2'));
    expect(seg.map![seg.text.indexOf('end')]).toBe(src.indexOf('end'));
    expect(seg.map![seg.text.indexOf('/')]).toBe(src.indexOf('\\/'));
  });

  it('keeps raw emoji linear (no map)', () => {
    const src = '{"a":"hi 😀 Ann"}';
    const [seg] = parseValues(src).segments;
    expect(seg.text).toBe('hi 😀 Ann');
    expect(seg.map).toBeUndefined();
    expect(seg.start + seg.text.indexOf('Ann')).toBe(src.indexOf('Ann'));
  });

  it('decodes a surrogate pair written as two escapes, each half mapped to its escape', () => {
    const src = '{"a":"hi \\uD83D\\uDE00 Ann"}';
    const [seg] = parseValues(src).segments;
    expect(seg.text).toBe('hi 😀 Ann');
    const first = src.indexOf('\\uD83D');
    expect(seg.map![3]).toBe(first);
    expect(seg.map![4]).toBe(first + 6);
    expect(seg.map![seg.text.indexOf('Ann')]).toBe(src.indexOf('Ann'));
  });

  it('keeps offsets right in CRLF files', () => {
    const src = '{\r\n  "a": "x",\r\n  "b": [\r\n    "Call Ann"\r\n  ]\r\n}\r\n';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([]);
    expect(segments.map((s) => s.start)).toEqual([src.indexOf('x'), src.indexOf('Call Ann')]);
    expect(segments[1].pointer).toBe('/b/0');
  });

  it('keeps invalid escapes verbatim without throwing', () => {
    const src = '{"a":"bad \\x and \\u12 end"}';
    const { segments, problems } = parseValues(src);
    expect(segments[0].text).toBe('bad \\x and \\u12 end');
    expect(segments[0].map).toBeUndefined();
    expect(problems[0].message).toMatch(/^malformed JSON: /);
    expect(decodeJsonString('\\', 0, 1)).toEqual({ text: '\\' });
  });
});

describe('parseJson: numbers', () => {
  it('emits number values as raw text with pointer and key; not booleans or null', () => {
    const src = '{"mrn": 12345678, "phones": [5550100, -1.5e3], "ok": true, "n": null}';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([]);
    expect(brief(segments)).toEqual([
      { text: '12345678', pointer: '/mrn', key: 'mrn' },
      { text: '5550100', pointer: '/phones/0', key: 'phones' },
      { text: '-1.5e3', pointer: '/phones/1', key: 'phones' },
    ]);
    expect(segments[0]).toMatchObject({ kind: 'json-string', start: src.indexOf('12345678') });
    expect(segments[0].map).toBeUndefined();
  });
});

describe('parseJson: malformed input', () => {
  it('reports a missing comma with its offset and still yields the strings', () => {
    const src = '{"a": "Ann Smith" "b": "MRN 1234"}';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([{ message: 'malformed JSON: expected a comma or closing brace', offset: src.indexOf('"b"') }]);
    expect(brief(segments)).toEqual([
      { text: 'Ann Smith', pointer: '/a', key: 'a' },
      { text: 'MRN 1234', pointer: '/b', key: 'b' },
    ]);
  });

  it('reports a trailing comma at the comma', () => {
    const src = '["Ann", ]';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([{ message: 'malformed JSON: trailing comma', offset: src.indexOf(',') }]);
    expect(segments.map((s) => s.text)).toEqual(['Ann']);
  });

  it('reports comments and only the first problem', () => {
    const src = '{"a": "Ann" /* c */, "b": // x\n "Bob",}';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([{ message: 'malformed JSON: comments are not allowed', offset: src.indexOf('/*') }]);
    expect(segments.map((s) => s.text)).toEqual(['Ann', 'Bob']);
  });

  it('reports unterminated strings and unclosed containers and keeps the text', () => {
    const src = '{"a": "Call Ann at 555-0100\n}';
    const { segments, problems } = parseValues(src);
    expect(problems[0]).toEqual({ message: 'malformed JSON: unterminated string', offset: src.indexOf('"Call') });
    expect(segments[0]).toMatchObject({ text: 'Call Ann at 555-0100', start: src.indexOf('Call'), pointer: '/a' });
    expect(parseValues('[["x"').problems).toEqual([{ message: 'malformed JSON: unexpected end of input', offset: 5 }]);
  });

  it('keeps bare unquoted words as text segments', () => {
    const src = '{"a": "x", "b": Ann Smith 42, "c": "y"}';
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([{ message: 'malformed JSON: unexpected character', offset: src.indexOf('Ann') }]);
    expect(segments.map((s) => [s.kind, s.text, s.pointer])).toEqual([
      ['json-string', 'x', '/a'],
      ['text', 'Ann Smith 42', '/b'],
      ['json-string', 'y', '/c'],
    ]);
    expect(segments[1].start).toBe(src.indexOf('Ann'));
  });

  it('falls back to the whole raw source when no value could be read', () => {
    const src = '{"Ann Smith", "DOB 1/2/1960"}';
    const { segments, problems } = parseValues(src);
    expect(problems).toHaveLength(1);
    expect(segments).toEqual([{ text: src, kind: 'text', start: 0 }]);
  });

  it('never throws and always maps back, keys included, on every prefix and on junk', () => {
    const doc = '{"a":["x\\u0041\\n", 12, {"k~/":"\\uD83D\\uDE00"}], "b": tru, \'c\': /* */ "d\\q"}';
    const inputs = [...Array(doc.length + 1).keys()].map((n) => doc.slice(0, n));
    inputs.push('}{][,:', '"', '"\\', '"\\u', '\u0000\u0001', '{"a":"\u0001"}', '---', '/', '/*', '[1,,2]', '{"a" 1}', '1 2');
    for (const src of inputs) {
      const result = parseJson(src);
      expectMapsBack(src, result.segments);
      for (const p of result.problems) expect(p.offset).toBeLessThanOrEqual(src.length);
    }
  });
});

describe('parseJson: depth and empty input', () => {
  const N = 10_000;

  it('walks 10,000 nested arrays without overflowing the stack', () => {
    const src = '['.repeat(N) + '"deep"' + ']'.repeat(N);
    const { segments, problems } = parseValues(src);
    expect(problems).toEqual([]);
    expect(segments).toHaveLength(1);
    expect(segments[0].pointer).toBe('/0'.repeat(N));
    expect(segments[0].start).toBe(N + 1);
  });

  it('walks 10,000 nested objects, and reports them unclosed', () => {
    const open = '{"a":'.repeat(N) + '"deep"';
    const ok = parseValues(open + '}'.repeat(N));
    expect(ok.problems).toEqual([]);
    expect(ok.segments[0]).toMatchObject({ text: 'deep', key: 'a', pointer: '/a'.repeat(N) });
    const cut = parseValues(open);
    expect(cut.problems).toEqual([{ message: 'malformed JSON: unexpected end of input', offset: open.length }]);
    expect(cut.segments.map((s) => s.text)).toEqual(['deep']);
  });

  it('returns nothing for an empty or blank file', () => {
    expect(parseValues('')).toEqual({ segments: [], problems: [] });
    expect(parseValues(' \r\n\t')).toEqual({ segments: [], problems: [] });
    expect(parseValues('{}')).toEqual({ segments: [], problems: [] });
  });
});

describe('parseJson: property names', () => {
  const keys = (src: string) => parseJson(src).segments.filter((s) => s.kind === 'json-key');

  it('scans every property name, after a scalar value and before a container', () => {
    const src = '{"Jane Doe": "was admitted", "posts": [{"body": "hi"}]}';
    const { segments } = parseJson(src);
    expect(segments.map((s) => [s.kind, s.text, s.pointer, s.key])).toEqual([
      ['json-string', 'was admitted', '/Jane Doe', 'Jane Doe'],
      ['json-key', 'Jane Doe', '/Jane Doe', 'Jane Doe'],
      ['json-key', 'posts', '/posts', 'posts'],
      ['json-string', 'hi', '/posts/0/body', 'body'],
      ['json-key', 'body', '/posts/0/body', 'body'],
    ]);
    expect(segments[1].start).toBe(src.indexOf('Jane'));
    expect(segments[1].map).toBeUndefined();
  });

  it('reads a key as the label of a short value with a digit, mapped to both', () => {
    const src = '{"patient_mrn": "00482913", "dob": 19610314, "patientMrn": "AB\\u00312345"}';
    const found = keys(src);
    expect(found.map((s) => s.text)).toEqual(['patient MRN: 00482913', 'DOB: 19610314', 'patient MRN: AB12345']);
    const [first] = found;
    expect(first.map![0]).toBe(src.indexOf('patient_mrn'));
    expect(first.map![first.text.indexOf('00482913')]).toBe(src.indexOf('00482913'));
    expect(first.map!.at(-1)).toBe(src.indexOf('00482913') + 8);
    const third = found[2];
    expect(third.map![third.text.indexOf('1')]).toBe(src.indexOf('\\u0031'));
  });

  it('does not label a path, URL or file name (media rules read the value itself)', () => {
    const src = '{"photo": "img/ward-2.jpg", "file": "ward-2.jpg", "url": "https://example.org/p/12", "dob": "03/14/1961"}';
    expect(keys(src).map((s) => s.text)).toEqual(['photo', 'file', 'url', 'DOB: 03/14/1961']);
  });

  it('keeps a key with spaces as written and reads long values without the label', () => {
    expect(keys('{"Jane Doe": "555-0123", "note": "Our clinic opens at 9 on Monday for flu shots"}').map((s) => s.text)).toEqual([
      'Jane Doe: 555-0123',
      'note',
    ]);
  });
});
