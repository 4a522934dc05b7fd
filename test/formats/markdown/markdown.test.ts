import { beforeAll, describe, it, expect, vi } from 'vitest';
import { parseMarkdown, preloadMarkdown } from '../../../src/formats/markdown/index.js';
import type { Segment, SegmentKind } from '../../../src/model/types.js';

const offsetOf = (seg: Segment, i: number): number => (seg.map ? seg.map[i] : seg.start + i);

function segs(source: string, kind?: SegmentKind): Segment[] {
  const { segments } = parseMarkdown(source);
  return kind ? segments.filter((s) => s.kind === kind) : segments;
}

/** The segment containing `word`, checking the word maps onto its first source occurrence. */
function expectWordAt(source: string, word: string, kind: SegmentKind, nth = 0): Segment {
  const seg = segs(source, kind).find((s) => s.text.includes(word));
  expect(seg, `${kind} segment containing ${word}`).toBeDefined();
  const i = seg!.text.indexOf(word);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = source.indexOf(word, at + 1);
  for (let k = 0; k < word.length; k++) expect(offsetOf(seg!, i + k)).toBe(at + k);
  return seg!;
}

/** Structural invariants every segment of every document must satisfy. */
function checkInvariants(source: string, segments: Segment[]): void {
  for (const seg of segments) {
    expect(seg.text.trim().length).toBeGreaterThan(0);
    if (!seg.map) {
      expect(source.slice(seg.start, seg.start + seg.text.length)).toBe(seg.text);
      continue;
    }
    expect(seg.map.length).toBe(seg.text.length + 1);
    expect(seg.map[0]).toBe(seg.start);
    for (let i = 0; i < seg.map.length; i++) {
      expect(seg.map[i]).toBeGreaterThanOrEqual(0);
      expect(seg.map[i]).toBeLessThanOrEqual(source.length);
      if (i) expect(seg.map[i]).toBeGreaterThanOrEqual(seg.map[i - 1]);
    }
    expect(seg.map[seg.text.length]).toBeGreaterThan(seg.map[seg.text.length - 1]);
  }
  const starts = segments.map((s) => s.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

// The linter awaits this before parsing; GFM (tables, autolinks) loads on demand.
beforeAll(() => preloadMarkdown('| a | b |'));

it('parses GFM syntax as plain text until the GFM extensions are loaded', async () => {
  vi.resetModules();
  const fresh = await import('../../../src/formats/markdown/index.js');
  const table = '| Name |\n| --- |\n| Anna |\n';
  expect(fresh.parseMarkdown(table).segments.map((s: Segment) => s.kind)).toEqual(['paragraph']);
  await fresh.preloadMarkdown(table);
  expect(fresh.parseMarkdown(table).segments.map((s: Segment) => s.kind)).toEqual(['table-cell', 'table-cell']);
});

describe('parseMarkdown: inline blocks', () => {
  it('drops emphasis markup but maps every char to its source offset', () => {
    const src = 'Mrs. **Lindqvist** was _seen_ on ~~Monday~~.';
    const [p] = segs(src, 'paragraph');
    expect(p.text).toBe('Mrs. Lindqvist was seen on Monday.');
    expect(p.map).toBeDefined();
    expectWordAt(src, 'Lindqvist', 'paragraph');
    expectWordAt(src, 'seen', 'paragraph');
    expectWordAt(src, 'Monday', 'paragraph');
    expect(offsetOf(p, p.text.length)).toBe(src.length);
  });

  it('keeps a plain paragraph linear', () => {
    const src = 'Plain words only.\n';
    expect(segs(src)).toEqual([{ text: 'Plain words only.', kind: 'paragraph', start: 0 }]);
  });

  it('headings, setext headings and inline code', () => {
    const src = '# Visit by *Jane* Roe\n\nDr `Okafor` notes\n\nTitle Lindqvist\n===\n';
    expect(segs(src, 'heading').map((s) => s.text)).toEqual(['Visit by Jane Roe', 'Title Lindqvist']);
    expectWordAt(src, 'Roe', 'heading');
    expectWordAt(src, 'Lindqvist', 'heading');
    expectWordAt(src, 'Okafor', 'paragraph');
  });

  it('list items get their own kind, nested ones too', () => {
    const src = 'Intro\n\n- first *Anna*\n- second\n  - nested Bjorn\n1. ordered Carl\n';
    const items = segs(src, 'list-item');
    expect(items.map((s) => s.text)).toEqual(['first Anna', 'second', 'nested Bjorn', 'ordered Carl']);
    expectWordAt(src, 'Anna', 'list-item');
    expectWordAt(src, 'Bjorn', 'list-item');
    expect(segs(src, 'paragraph').map((s) => s.text)).toEqual(['Intro']);
  });

  it('table cells, one segment each', () => {
    const src = '| Name | Room |\n|------|------|\n| **Ada** Byron | 4B |\n';
    const cells = segs(src, 'table-cell');
    expect(cells.map((s) => s.text)).toEqual(['Name', 'Room', 'Ada Byron', '4B']);
    expectWordAt(src, 'Byron', 'table-cell');
    expectWordAt(src, '4B', 'table-cell');
  });

  it('maps backslash escapes and entities to the right source chars', () => {
    const src = 'Room \\*12\\* &amp; Lindqvist &copy; x';
    const [p] = segs(src, 'paragraph');
    expect(p.text).toBe('Room *12* & Lindqvist \u00a9 x');
    const star = p.text.indexOf('*');
    expect(offsetOf(p, star)).toBe(src.indexOf('*'));
    expect(offsetOf(p, p.text.indexOf('12'))).toBe(src.indexOf('12'));
    expect(offsetOf(p, p.text.indexOf('&'))).toBe(src.indexOf('&amp;'));
    expect(offsetOf(p, p.text.indexOf('\u00a9'))).toBe(src.indexOf('&copy;'));
    expectWordAt(src, 'Lindqvist', 'paragraph');
    expect(offsetOf(p, p.text.length)).toBe(src.length);
  });

  it('a decoded entity does not resync onto a later equal char', () => {
    const src = 'Patient &quot;Okafor&quot; said "hi" &#76;ab';
    const [p] = segs(src, 'paragraph');
    expect(p.text).toBe('Patient "Okafor" said "hi" Lab');
    expectWordAt(src, 'Okafor', 'paragraph');
    expectWordAt(src, 'said', 'paragraph');
    expect(offsetOf(p, p.text.indexOf('Lab'))).toBe(src.indexOf('&#76;'));
    expect(offsetOf(p, p.text.indexOf('ab'))).toBe(src.indexOf('ab'));
  });

  it('hard breaks become "\\n"', () => {
    const src = 'Seen by Dr Ng  \nRoom 12\\\nBed 3';
    const [p] = segs(src, 'paragraph');
    expect(p.text).toBe('Seen by Dr Ng\nRoom 12\nBed 3');
    expect(src[offsetOf(p, p.text.indexOf('\n'))]).toBe('\n');
    expectWordAt(src, 'Bed', 'paragraph');
  });

  it('emoji (surrogate pairs) before a word do not shift offsets', () => {
    const src = '🎉🎉 **Congrats** 👩‍⚕️Lindqvist on day 3!';
    expectWordAt(src, 'Congrats', 'paragraph');
    expectWordAt(src, 'Lindqvist', 'paragraph');
  });
});

describe('parseMarkdown: links, images, HTML', () => {
  it('link text stays in the paragraph, its URL and title are separate', () => {
    const src = 'Thanks [Jane *Doe*](https://ex.com/jane-doe "Jane\'s page") today';
    const [p] = segs(src, 'paragraph');
    expect(p.text).toBe('Thanks Jane Doe today');
    expectWordAt(src, 'Doe', 'paragraph');
    const [url] = segs(src, 'url');
    expect(url).toEqual({ text: 'https://ex.com/jane-doe', kind: 'url', start: src.indexOf('https') });
    expect(segs(src, 'link-text')[0].text).toBe("Jane's page");
  });

  it('URLs with entities and escapes, autolinks and definitions', () => {
    const src = '[a](http://x.org/?a=1&amp;pt=Lindqvist) <https://y.org/Ng> mail jo@z.org\n\n[r]: http://r.org/Roe "T"\n';
    const urls = segs(src, 'url');
    expect(urls.map((u) => u.text)).toEqual([
      'http://x.org/?a=1&pt=Lindqvist', 'https://y.org/Ng', 'jo@z.org', 'http://r.org/Roe',
    ]);
    expectWordAt(src, 'Lindqvist', 'url');
    expectWordAt(src, 'Ng', 'url');
    expectWordAt(src, 'jo@z.org', 'url');
    expectWordAt(src, 'Roe', 'url');
  });

  it('image alt and URL', () => {
    const src = 'Look: ![Photo of *Maria* Lopez](img/maria-lopez.jpg "Maria")\n';
    const [alt] = segs(src, 'image-alt');
    expect(alt.text).toBe('Photo of Maria Lopez');
    expectWordAt(src, 'Lopez', 'image-alt');
    expect(segs(src, 'image-url')).toEqual([
      { text: 'img/maria-lopez.jpg', kind: 'image-url', start: src.indexOf('img/') },
    ]);
    expect(segs(src, 'paragraph').map((s) => s.text)).toEqual(['Look: ']);
  });

  it('HTML comment body, exact offsets', () => {
    const src = 'Hello\n\n<!-- patient: Lindqvist, MRN 1234 -->\n\nBye <!--inline Ng--> x\n';
    const comments = segs(src, 'comment');
    expect(comments.map((c) => c.text)).toEqual(['patient: Lindqvist, MRN 1234', 'inline Ng']);
    expect(comments[0]).toEqual({ text: 'patient: Lindqvist, MRN 1234', kind: 'comment', start: src.indexOf('patient') });
    expectWordAt(src, 'Ng', 'comment');
  });

  it('html <img> alt and src, and visible text between tags', () => {
    const src = '<p align="center">\n  <img src="pics/okafor.png" alt="Mr Okafor > smiling">\n  Caption: <b>Okafor</b> family\n</p>\n';
    expect(segs(src, 'image-alt')).toEqual([
      { text: 'Mr Okafor > smiling', kind: 'image-alt', start: src.indexOf('Mr Okafor') },
    ]);
    expect(segs(src, 'image-url')[0].text).toBe('pics/okafor.png');
    expect(segs(src, 'image-url')[0].start).toBe(src.indexOf('pics/'));
    const html = segs(src, 'html');
    expect(html.map((s) => s.text)).toEqual(['Caption:', 'Okafor', 'family']);
    expectWordAt(src, 'Okafor', 'html', 1);
  });

  it('inline html splits off from the paragraph text', () => {
    const src = 'Hi <span title="x">Jane</span> <img alt="Ng" src="a.png"> bye';
    expect(segs(src, 'paragraph')[0].text).toBe('Hi Jane  bye');
    expectWordAt(src, 'Jane', 'paragraph');
    expectWordAt(src, 'Ng', 'image-alt');
  });

  it('html: every attribute value but layout ones, entities decoded and mapped to their "&"', () => {
    const src = '<p title="Visit of Lindqvist" data-id="MRN 12&#51;4" aria-label=\'Okafor\' class="Roe" style="Ng">Hi</p>\n';
    const html = segs(src, 'html');
    expect(html.map((s) => s.text)).toEqual(['Visit of Lindqvist', 'MRN 1234', 'Okafor', 'Hi']);
    expectWordAt(src, 'Lindqvist', 'html');
    expectWordAt(src, 'Okafor', 'html');
    const id = html[1];
    expect(offsetOf(id, id.text.indexOf('3'))).toBe(src.indexOf('&#51;'));
    expect(offsetOf(id, id.text.indexOf('4'))).toBe(src.indexOf('&#51;') + 5);
  });

  it('html: character references in the visible text are decoded and mapped to their "&"', () => {
    const src = '<div>\nMRN 12&#51;4 &amp; Lindqvist\n</div>\n';
    const seg = segs(src, 'html').find((s) => s.text.includes('MRN'))!;
    expect(seg.text).toBe('MRN 1234 & Lindqvist');
    expect(offsetOf(seg, seg.text.indexOf('3'))).toBe(src.indexOf('&#51;'));
    expectWordAt(src, 'Lindqvist', 'html');
  });

  it('html: CDATA, declarations and processing instructions are scanned', () => {
    const src = 'A <![CDATA[ note Lindqvist ]]> b <?php Okafor ?> c\n\n<!DOCTYPE Roe>\n';
    const html = segs(src, 'html').map((s) => s.text);
    expect(html).toEqual(expect.arrayContaining(['note Lindqvist', 'php Okafor', 'DOCTYPE Roe']));
    expectWordAt(src, 'Lindqvist', 'html');
    expectWordAt(src, 'Okafor', 'html');
    expectWordAt(src, 'Roe', 'html');
  });

  it('html inside a blockquote is mapped past the "> " prefixes', () => {
    const src = '> <div>\n> Visit <i>Lindqvist</i>\n> </div>\n';
    expectWordAt(src, 'Lindqvist', 'html');
    expectWordAt(src, 'Visit', 'html');
  });
});

describe('parseMarkdown: code, front matter, line endings', () => {
  it('code blocks keep their value mapped to source lines', () => {
    const src = '```txt title\nname = Lindqvist\n  dob = 1950\n```\n\n    indented Okafor\n';
    const code = segs(src, 'code');
    expect(code.map((c) => c.text)).toEqual(['name = Lindqvist\n  dob = 1950', 'indented Okafor']);
    expectWordAt(src, 'Lindqvist', 'code');
    expectWordAt(src, 'dob', 'code');
    expectWordAt(src, 'Okafor', 'code');
  });

  it('front matter: one keyed segment per string/number value', () => {
    const src = '---\ntitle: "Visit: Jane \\"JD\\" Doe"\nzip: 02139\nauthor:\n  name: Ng # the nurse\ntags: [care, Lopez]\nok: true\n---\nBody\n';
    const { segments, problems } = parseMarkdown(src);
    expect(problems).toEqual([]);
    const fm = segments.filter((s) => s.kind === 'frontmatter');
    expect(fm.map((s) => [s.key, s.text])).toEqual([
      ['title', 'Visit: Jane "JD" Doe'], ['zip', '02139'], ['author.name', 'Ng'],
      ['tags.0', 'care'], ['tags.1', 'Lopez'],
    ]);
    expectWordAt(src, 'Doe', 'frontmatter');
    expectWordAt(src, 'Lopez', 'frontmatter');
    expect(fm[1]).toEqual({ text: '02139', kind: 'frontmatter', start: src.indexOf('02139'), key: 'zip' });
    expect(offsetOf(fm[0], fm[0].text.indexOf('"'))).toBe(src.indexOf('\\"') + 1);
    expect(segs(src, 'comment').map((s) => s.text)).toEqual(['the nurse']);
    expect(segs(src, 'paragraph').map((s) => s.text)).toEqual(['Body']);
  });

  it('front matter keys are scanned, and label a short value with a digit', () => {
    const src = '---\nJane Doe: patient\nmrn: "00482913"\npatient_dob: 03/14/1961\ntitle: Visit\n---\nBody\n';
    const { segments, problems } = parseMarkdown(src);
    expect(problems).toEqual([]);
    checkInvariants(src, segments);
    const keys = segs(src, 'json-key');
    expect(keys.map((s) => [s.key, s.text])).toEqual([
      ['Jane Doe', 'Jane Doe'], ['mrn', 'MRN: 00482913'], ['patient_dob', 'patient DOB: 03/14/1961'], ['title', 'title'],
    ]);
    expectWordAt(src, 'Jane Doe', 'json-key');
    expect(offsetOf(keys[1], keys[1].text.indexOf('0048'))).toBe(src.indexOf('0048'));
    // The simple `key: words` reader scans its keys too.
    expect(segs('---\ntitle: Visit\nauthor: Ng\n---\nBody\n', 'json-key').map((s) => s.text)).toEqual(['title', 'author']);
  });

  it('malformed front matter: a problem, and the raw text is still scanned', () => {
    const src = '---\ntitle: a: Jane Doe\n---\nBody\n';
    const { segments, problems } = parseMarkdown(src);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^malformed front matter: /);
    expect(problems[0].message).not.toContain('Jane');
    expect(problems[0].offset).toBeGreaterThanOrEqual(4);
    expect(problems[0].offset).toBeLessThan(src.indexOf('\n---'));
    const fm = segments.filter((s) => s.kind === 'frontmatter');
    expect(fm).toEqual([{ text: 'title: a: Jane Doe', kind: 'frontmatter', start: 4 }]);
  });

  it('CRLF files keep every offset right', () => {
    const src = '---\r\nauthor: Lindqvist\r\n---\r\n# Ti\u00adtle Okafor\r\n\r\nSeen *today*\r\nby Dr Ng  \r\nat 9\r\n\r\n- item Roe\r\n  more Lopez\r\n';
    const { segments, problems } = parseMarkdown(src);
    expect(problems).toEqual([]);
    checkInvariants(src, segments);
    expectWordAt(src, 'Lindqvist', 'frontmatter');
    expectWordAt(src, 'Okafor', 'heading');
    expectWordAt(src, 'Ng', 'paragraph');
    expectWordAt(src, 'at 9', 'paragraph');
    expectWordAt(src, 'Lopez', 'list-item');
    const p = segs(src, 'paragraph')[0];
    expect(p.text).toBe('Seen today\r\nby Dr Ng\nat 9');
  });

  it('lone CR line endings', () => {
    const src = 'Seen *today*\rby Lindqvist\r\r> quoted Okafor\r> again Roe\r';
    const { segments } = parseMarkdown(src);
    checkInvariants(src, segments);
    expectWordAt(src, 'Lindqvist', 'paragraph');
    expectWordAt(src, 'Roe', 'paragraph');
  });
});

describe('parseMarkdown: whole-document properties', () => {
  const samples = [
    '---\nname: Lindqvist\n---\n# Hi **Lindqvist**\n\nText with [link](http://a.b/c) and ![alt](x.png).\n\n> quote *Okafor*\n> more\n\n| a | b |\n|---|---|\n| `c` | d |\n\n<!-- Ng -->\n\n```\ncode Roe\n```\n',
    '* a\n  * b **c**\n\n    indented\n\n1. x\n   > y Lindqvist\n\n[^n]: footnote Okafor\n\nRef [t][r] and[^n].\n\n[r]: <http://r.com/a b> \'T\'\n',
    '<details>\n<summary>Jane</summary>\n\nBody *Lindqvist*\n</details>\n\n- [x] done Okafor\n- [ ] todo &amp; \\_Ng\\_\n',
  ];

  it.each(samples.map((s, i) => [i, s] as const))('sample %i: invariants hold and alphanumerics map exactly', (_, src) => {
    const { segments } = parseMarkdown(src);
    expect(segments.length).toBeGreaterThan(2);
    checkInvariants(src, segments);
    for (const seg of segments) {
      for (let i = 0; i < seg.text.length; i++) {
        if (/[\p{L}\p{N}]/u.test(seg.text[i])) expect(src[offsetOf(seg, i)]).toBe(seg.text[i]);
      }
    }
    for (const word of ['Lindqvist', 'Okafor', 'Ng']) {
      const seg = segments.find((s) => s.text.includes(word));
      if (!seg) continue;
      expect(offsetOf(seg, seg.text.indexOf(word))).toBe(src.indexOf(word, src.startsWith('---') ? 4 : 0));
    }
  });

  it('never throws and keeps invariants on odd input', () => {
    const alphabet = ['*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '&amp;', '&#', '\\', '\n', '\r', '\r\n', ' ', '  ', '|', '-', '#', '---', 'a', 'Jo', '😀', '<!--', '-->', '"', ':', '~', '<img alt="x" src=y>', '    '];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 300; t++) {
      let src = '';
      const len = 1 + rnd(60);
      for (let k = 0; k < len; k++) src += alphabet[rnd(alphabet.length)];
      const result = parseMarkdown(src);
      checkInvariants(src, result.segments);
    }
    expect(parseMarkdown('')).toEqual({ segments: [], problems: [] });
  });
});
