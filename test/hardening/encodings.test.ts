import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { workspace } from '../helpers/workspace.js';

/** Lower-case samples keep the NLP model out of these runs. */
const MRN = 'patient mrn 00482913\n';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
function utf32(s: string, littleEndian: boolean): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const body = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (littleEndian ? body.writeUInt32LE(cp, i * 4) : body.writeUInt32BE(cp, i * 4)));
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]), body]);
}

type JsonFile = { filePath: string; findings: { ruleId: string; line: number; column: number }[]; notes?: string[] };

/** The real bin with raw bytes on stdin, as a pipe delivers them. */
function run(args: string[], options: { cwd?: string; input?: Buffer } = {}) {
  const r = spawnSync(process.execPath, [BIN, '-f', 'json', ...args], { cwd: options.cwd, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, files: (JSON.parse(r.stdout) as { files: JsonFile[] }).files, stderr: r.stderr };
}

describe('encodings: decoded by byte-order mark, checked, the same for files and stdin', () => {
  it('UTF-32 LE and BE files are read, with exact positions', () => {
    const cwd = workspace({ 'le.txt': utf32(`x\n${MRN}`, true), 'be.txt': utf32(`x\n${MRN}`, false) });
    const { code, files } = run(['le.txt', 'be.txt'], { cwd });
    expect(code).toBe(1);
    for (const f of files) expect(f.findings.map((x) => [x.ruleId, x.line, x.column])).toEqual([['identifiers/mrn', 2, 13]]);
  });

  it('UTF-8 text behind stray FF FE bytes is read as UTF-8, with a note', () => {
    const cwd = workspace({ 'a.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MRN)]) });
    const { code, files, stderr } = run(['a.txt'], { cwd });
    expect(code).toBe(1);
    expect(files[0].findings.map((x) => [x.line, x.column])).toEqual([[1, 13]]);
    expect(files[0].notes).toEqual([expect.stringMatching(/UTF-16 byte-order mark but holds UTF-8 text/)]);
    expect(stderr).toMatch(/^phi-lint: a\.txt: note: starts with a UTF-16 byte-order mark/m);
  });

  it('invalid UTF-16 is still scanned, with a note', () => {
    const cwd = workspace({ 'a.txt': Buffer.concat([utf16le(MRN), Buffer.from([0x00, 0xdc])]) });
    const { code, files } = run(['a.txt'], { cwd });
    expect(code).toBe(1);
    expect(files[0].notes).toEqual(['not valid UTF-16LE; each invalid sequence read as U+FFFD']);
  });

  it('--stdin decodes UTF-16 and UTF-32 as files are', () => {
    for (const input of [utf16le(MRN), utf32(MRN, false)]) {
      const { code, files } = run(['--stdin'], { input });
      expect(code).toBe(1);
      expect(files[0].findings.map((x) => [x.ruleId, x.line, x.column])).toEqual([['identifiers/mrn', 1, 13]]);
    }
  });
});
