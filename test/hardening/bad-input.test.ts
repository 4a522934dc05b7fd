import { describe, expect, it } from 'vitest';
import { phiLint } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

/** Lower-case samples keep the NLP model out of these runs (they test input handling, not names). */
const MRN = 'mrn 00482913';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

type JsonFile = { filePath: string; findings: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; pointer?: string }[]; problems?: string[]; notes?: string[] };

function lintJson(args: string[], files: Record<string, string | Uint8Array>) {
  const r = phiLint(['-f', 'json', ...args], { cwd: workspace(files) });
  const doc = JSON.parse(r.stdout) as { files: JsonFile[]; summary: Record<string, number> };
  const byPath = Object.fromEntries(doc.files.map((f) => [f.filePath, f]));
  const where = (name: string) => byPath[name].findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]);
  return { ...r, doc, byPath, where };
}

describe('bad input, through the CLI', () => {
  const run = lintJson(['posts', 'logo.dat'], {
    'logo.dat': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], MRN),
    'posts/binary.txt': bytes(`${MRN} `, [0, 1, 2, 3]),
    'posts/invalid-utf8.txt': bytes('ok ', [0xff, 0xc3], ` ${MRN}`),
    'posts/bom-utf8.txt': bytes([0xef, 0xbb, 0xbf], MRN),
    'posts/bom-utf16le.txt': utf16le(`x\n${MRN}`),
    'posts/bom-utf16be.md': utf16be(`# t\n\n${MRN}`),
    'posts/crlf.txt': `a\r\nb\r\n${MRN}\r\n`,
    'posts/cr-only.txt': `a\rb\r${MRN}\r`,
    'posts/mixed-endings.md': `a\r\n\rb\n\r\n${MRN}`,
    'posts/empty.txt': '',
    'posts/empty.md': '',
    'posts/empty.json': '',
    'posts/bom-only.txt': bytes([0xef, 0xbb, 0xbf]),
    'posts/deep-array.json': `${'['.repeat(10_000)}"${MRN}"${']'.repeat(10_000)}`,
    'posts/deep-object.json': `${'{"a":'.repeat(10_000)}"${MRN}"${'}'.repeat(10_000)}`,
  });

  it('skips binary files with an info note, not an error: exit code unaffected', () => {
    expect(run.code).toBe(1); // from the MRNs in the text files, not from the binaries
    expect(run.doc.summary.fatal).toBe(0);
    const note = 'binary file (a NUL byte in its first 8 KB), skipped';
    expect(run.byPath['logo.dat']).toEqual({ filePath: 'logo.dat', findings: [], notes: [note] });
    expect(run.byPath['posts/binary.txt']).toEqual({ filePath: 'posts/binary.txt', findings: [], notes: [note] });
    expect(run.stderr).toBe(`phi-lint: logo.dat: note: ${note}\nphi-lint: posts/binary.txt: note: ${note}\n`);
  });

  it('--quiet keeps the notes off stderr', () => {
    expect(phiLint(['--quiet', 'a.bin'], { cwd: workspace({ 'a.bin': bytes([0]) }) })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('scans invalid UTF-8 with one replacement character per bad sequence, columns still right', () => {
    expect(run.where('posts/invalid-utf8.txt')).toEqual([[1, 11, 1, 19]]);
  });

  it('UTF-8 and UTF-16 LE/BE byte-order marks do not shift columns', () => {
    expect(run.where('posts/bom-utf8.txt')).toEqual([[1, 5, 1, 13]]);
    expect(run.where('posts/bom-utf16le.txt')).toEqual([[2, 5, 2, 13]]);
    expect(run.where('posts/bom-utf16be.md')).toEqual([[3, 5, 3, 13]]);
  });

  it('counts CRLF, lone CR and mixed line endings as one line break each', () => {
    expect(run.where('posts/crlf.txt')).toEqual([[3, 5, 3, 13]]);
    expect(run.where('posts/cr-only.txt')).toEqual([[3, 5, 3, 13]]);
    expect(run.where('posts/mixed-endings.md')).toEqual([[5, 5, 5, 13]]);
  });

  it('empty files (and a file that is only a BOM) are clean, not errors', () => {
    for (const name of ['posts/empty.txt', 'posts/empty.md', 'posts/empty.json', 'posts/bom-only.txt']) {
      expect(run.byPath[name]).toEqual({ filePath: name, findings: [] });
    }
  });

  it('JSON nested 10,000 deep is parsed without a stack overflow and still scanned', () => {
    const [array] = run.byPath['posts/deep-array.json'].findings;
    expect(array).toMatchObject({ line: 1, column: 10_006, pointer: '/0'.repeat(10_000) });
    const [object] = run.byPath['posts/deep-object.json'].findings;
    expect(object).toMatchObject({ line: 1, column: 50_006, pointer: '/***'.repeat(10_000) }); // object keys are masked (report/mask-pointer.ts)
  });
});

describe('malformed posts', () => {
  const run = lintJson(['.'], {
    'bad.json': `{"body": "${MRN}" "secret sauce 00482913"}`,
    'bad-front-matter.md': `---\ntitle: [unclosed\nnote: ${MRN}\n---\nbody ${MRN}\n`,
  });

  it('are reported with a position, exit 2, and their text is still scanned', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'phi-lint: bad-front-matter.md:3:1: malformed front matter: Flow sequence in block collection must be sufficiently indented and end with a ]\n' +
        'phi-lint: bad.json:1:25: malformed JSON: expected a comma or closing brace\n',
    );
    expect(run.where('bad.json')).toEqual([[1, 15, 1, 23]]);
    expect(run.where('bad-front-matter.md')).toEqual([[3, 11, 3, 19], [5, 10, 5, 18]]);
    expect(run.byPath['bad.json'].problems).toEqual(['1:25: malformed JSON: expected a comma or closing brace']);
  });
});
