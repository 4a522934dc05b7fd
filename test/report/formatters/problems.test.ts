import { describe, expect, it } from 'vitest';
import { wholeFileProblem } from '../../../src/model/types.js';
import { getFormat } from '../../../src/report/formatters/index.js';
import { report } from '../../helpers/report.js';

/** A file that parsed only in part and one that could not be read: problems are objects, each format renders them. */
const problems = report(
  { filePath: 'bad.json', findings: [], fatal: [{ line: 3, column: 7, message: 'malformed JSON: unexpected <end>' }], source: '{\n  "a":\n      ' },
  { filePath: 'locked.txt', findings: [], fatal: [wholeFileProblem('cannot read file (EACCES)')] },
);
const render = (name: string) => getFormat(name).format(problems, { color: false });

describe('problems in each format', () => {
  it('json lists each as "LINE:COL: message", 0:0 for an unreadable file', () => {
    const files = JSON.parse(render('json')).files;
    expect(files.map((f: { problems: string[] }) => f.problems)).toEqual([['3:7: malformed JSON: unexpected <end>'], ['0:0: cannot read file (EACCES)']]);
  });

  it('compact and stylish show the position and the message', () => {
    expect(render('compact')).toBe('bad.json:3:7: error malformed JSON: unexpected <end> [fatal]\nlocked.txt:0:0: error cannot read file (EACCES) [fatal]\n');
    const stylish = render('stylish');
    expect(stylish).toContain('\nbad.json\n  3:7  error  malformed JSON: unexpected <end>  fatal\n');
    expect(stylish).toContain('\nlocked.txt\n  0:0  error  cannot read file (EACCES)  fatal\n');
    expect(stylish).toContain('✖ 2 problems (2 errors, 0 warnings, 0 infos)');
  });

  it('junit makes each an <error>, escaped', () => {
    const xml = render('junit');
    expect(xml).toContain('<error type="unscannable" message="malformed JSON: unexpected &lt;end&gt;">bad.json:3:7: malformed JSON: unexpected &lt;end&gt;</error>');
    expect(xml).toContain('<error type="unscannable" message="cannot read file (EACCES)">locked.txt:0:0: cannot read file (EACCES)</error>');
  });

  it('github gives a position only when there is one', () => {
    expect(render('github')).toBe(
      '::error file=bad.json,line=3,col=7,title=phi-lint%3A file not scanned::malformed JSON: unexpected <end>\n' +
        '::error file=locked.txt,title=phi-lint%3A file not scanned::cannot read file (EACCES)\n',
    );
  });

  it('sarif makes each a notification, with a region only when there is a position', () => {
    const [invocation] = JSON.parse(render('sarif')).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n: any) => [n.message.text, n.locations[0].physicalLocation.region])).toEqual([
      ['bad.json: malformed JSON: unexpected <end>', { startLine: 3, startColumn: 7 }],
      ['locked.txt: cannot read file (EACCES)', undefined],
    ]);
  });

  it('html explains each on its post, with the position when there is one', () => {
    const html = render('html');
    expect(html).toContain('<p class="problem">phi-lint could not check this post completely (line 3, column 7): malformed JSON: unexpected &lt;end&gt;. Fix the file');
    expect(html).toContain('<p class="problem">phi-lint could not check this post completely: cannot read file (EACCES). Fix the file');
  });

  it('a message is shown as given, never read back for a position', () => {
    const odd = report({ filePath: 'a.md', findings: [], fatal: [wholeFileProblem('12:34: looks like a position')] });
    expect(getFormat('compact').format(odd, { color: false })).toBe('a.md:0:0: error 12:34: looks like a position [fatal]\n');
  });
});
