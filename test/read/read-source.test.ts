import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { openSource, ReadError, type SourceInput } from '../../src/read/read-source.js';
import { workspace } from '../helpers/workspace.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
function utf32(s: string, littleEndian: boolean): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? out.writeUInt32LE(cp, i * 4) : out.writeUInt32BE(cp, i * 4)));
  return out;
}

async function text(input: SourceInput): Promise<string> {
  if (input.kind === 'text') return input.text;
  if (input.kind === 'binary') return '<binary>';
  let out = '';
  for await (const chunk of input.chunks) out += chunk;
  return out;
}

const SAMPLES: Record<string, Buffer> = {
  'utf8.txt': bytes('héllo 🎉 MRN 00482913\r\nnext'),
  'utf8-bom.txt': bytes([0xef, 0xbb, 0xbf], 'héllo'),
  'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo 🎉', 'utf16le')]),
  'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('héllo 🎉')]),
  'invalid.txt': bytes('a', [0xff], 'b', [0xc3], 'c', [0xe2, 0x82], 'd 🎉'),
  'utf32le.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32('héllo 🎉', true)]),
  'utf32be.txt': Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32('héllo 🎉', false)]),
  'utf8-after-fffe.txt': bytes([0xff, 0xfe], 'héllo 🎉 mrn 00482913'),
  'invalid-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41])]),
  'invalid-utf32.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32('hé', true), Buffer.from([0, 0, 0x11, 0, 0x41])]),
};
const EXPECTED: Record<string, string> = {
  'utf8.txt': 'héllo 🎉 MRN 00482913\r\nnext',
  'utf8-bom.txt': 'héllo',
  'utf16le.txt': 'héllo 🎉',
  'utf16be.txt': 'héllo 🎉',
  'invalid.txt': 'a\uFFFDb\uFFFDc\uFFFDd 🎉',
  'utf32le.txt': 'héllo 🎉',
  'utf32be.txt': 'héllo 🎉',
  'utf8-after-fffe.txt': 'héllo 🎉 mrn 00482913',
  'invalid-utf16.txt': 'hé\uFFFD',
  'invalid-utf32.txt': 'hé\uFFFD\uFFFD',
};
/** The note a file carries when its bytes do not match its byte-order mark. */
const NOTES: Record<string, RegExp> = {
  'utf8-after-fffe.txt': /UTF-16 byte-order mark but holds UTF-8 text/,
  'invalid-utf16.txt': /^not valid UTF-16LE; each invalid sequence read as U\+FFFD$/,
  'invalid-utf32.txt': /^not valid UTF-32LE/,
};

describe('openSource', () => {
  const dir = workspace({ ...SAMPLES, 'nul.md': bytes('text', [0], 'more'), 'big-nul.txt': bytes('x'.repeat(100), [0]) });

  it.each(Object.keys(SAMPLES))('decodes %s whole, BOM removed, one U+FFFD per bad sequence', async (name) => {
    const input = await openSource(path.join(dir, name));
    expect(input.kind).toBe('text');
    expect(await text(input)).toBe(EXPECTED[name]);
  });

  it.each(Object.keys(SAMPLES))('streams %s in 1-byte reads to the very same text', async (name) => {
    const input = await openSource(path.join(dir, name), { threshold: 0, chunkBytes: 1 });
    expect(input).toMatchObject({ kind: 'stream', bytes: SAMPLES[name].length });
    expect(await text(input)).toBe(EXPECTED[name]);
  });

  it.each(Object.keys(SAMPLES))('notes how %s did not match its byte-order mark, read whole or streamed', async (name) => {
    const whole = await openSource(path.join(dir, name));
    const streamed = await openSource(path.join(dir, name), { threshold: 0, chunkBytes: 1 });
    const note = (input: SourceInput) => (input.kind === 'binary' ? undefined : input.note);
    if (NOTES[name]) expect(note(whole)).toMatch(NOTES[name]);
    else expect(note(whole)).toBeUndefined();
    // A stream settles its encoding from its head only: it notes stray FF FE bytes, not invalid sequences further on.
    if (name === 'utf8-after-fffe.txt') expect(note(streamed)).toMatch(NOTES[name]);
  });

  it('recognises binary files, small or streamed', async () => {
    expect((await openSource(path.join(dir, 'nul.md'))).kind).toBe('binary');
    expect((await openSource(path.join(dir, 'big-nul.txt'), { threshold: 10 })).kind).toBe('binary');
  });

  it('reads files around the size of its 64 KB read buffer whole, back to back', async () => {
    // A post fits one read; a longer file takes the sized read; neither keeps bytes of the one before.
    const sizes = [3, 65_535, 65_536, 65_537, 200_000];
    const files = Object.fromEntries(sizes.map((n, i) => [`size-${n}.txt`, 'é'.repeat(i) + String.fromCharCode(97 + i).repeat(n - 2 * i)]));
    const sized = workspace(files);
    for (const [name, content] of Object.entries(files)) {
      const input = await openSource(path.join(sized, name));
      expect(input.kind).toBe('text');
      expect(await text(input)).toBe(content);
    }
    expect(await text(await openSource(path.join(sized, 'size-65536.txt'), { threshold: 65_535 }))).toBe(files['size-65536.txt']);
    expect((await openSource(path.join(sized, 'size-65536.txt'), { threshold: 65_535 })).kind).toBe('stream');
  });

  it('turns a missing file into a ReadError with its code', async () => {
    await expect(openSource(path.join(dir, 'missing.txt'))).rejects.toEqual(new ReadError('ENOENT'));
    await expect(openSource(dir)).rejects.toBeInstanceOf(ReadError);
  });
});
