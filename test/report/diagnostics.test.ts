import { describe, expect, it } from 'vitest';
import { wholeFileProblem } from '../../src/model/types.js';
import { diagnosticLines } from '../../src/report/diagnostics.js';

const files = [
  { filePath: 'posts/private', findings: [], fatal: [wholeFileProblem('cannot read folder (EACCES)')] },
  { filePath: 'big.txt', findings: [], notes: ['large input, scanned in windows'] },
  { filePath: 'bad.json', findings: [], fatal: [{ line: 1, column: 49, message: 'malformed JSON: expected a comma' }], notes: ['a note'] },
];

describe('diagnosticLines (stderr)', () => {
  it('renders each problem as "phi-lint: file:LINE:COL: message", notes after a file\'s problems', () => {
    expect(diagnosticLines(files, { notes: true })).toBe(
      'phi-lint: posts/private:0:0: cannot read folder (EACCES)\n' +
        'phi-lint: big.txt: note: large input, scanned in windows\n' +
        'phi-lint: bad.json:1:49: malformed JSON: expected a comma\n' +
        'phi-lint: bad.json: note: a note\n',
    );
  });

  it('keeps a file name or a message from starting a line or a workflow command', () => {
    const out = diagnosticLines([{ filePath: 'a\n::add-mask::b.txt', findings: [], fatal: [wholeFileProblem('x\r\n##[error]y')], notes: ['n\n::x::'] }], { notes: true });
    expect(out.split('\n').filter(Boolean).every((l) => l.startsWith('phi-lint: '))).toBe(true);
    expect(out).not.toMatch(/::|##\[/);
  });

  it('leaves notes out when asked (--quiet), problems never', () => {
    expect(diagnosticLines(files, { notes: false })).toBe('phi-lint: posts/private:0:0: cannot read folder (EACCES)\nphi-lint: bad.json:1:49: malformed JSON: expected a comma\n');
    expect(diagnosticLines([{ filePath: 'a.txt', findings: [] }], { notes: true })).toBe('');
  });
});
