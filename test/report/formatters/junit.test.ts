import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/report/formatters/junit.js';
import { finding, report } from '../../helpers/report.js';
import { runCli } from '../../helpers/run.js';

describe('junit formatter', () => {
  it('has a test case per file and a failure per error; warnings go to system-out', async () => {
    const xml = (await runCli(['-f', 'junit', '.'])).stdout;
    const json = JSON.parse((await runCli(['-f', 'json', '.'])).stdout);
    const errorsIn = (file: string) =>
      json.files.find((f: { filePath: string }) => f.filePath === file).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="phi-lint" tests="5" failures="\d+" errors="1">\n  <testsuite /);
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml).toContain('<testcase classname="phi-lint" name="clean.txt" file="clean.txt"/>');
    const story = /<testcase [^>]*name="patient-story.md"[^]*?<\/testcase>/.exec(xml)![0];
    expect(story.match(/<failure /g)).toHaveLength(errorsIn('patient-story.md').length);
    const staff = /<testcase [^>]*name="staff, event.txt"[^]*?<\/testcase>/.exec(xml)![0];
    expect(staff).not.toContain('<failure');
    expect(staff).toMatch(/<system-out>staff, event.txt:\d+:\d+: (warning|info) /);
    expect(xml).toMatch(/<error type="unscannable" message="malformed JSON[^"]*">broken.json:1:49: /);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const xml = formatJunit(
      report({ filePath: 'a<b>&"c".md', findings: [finding({ message: 'Tom & Jerry <3 \'quotes\' \u0001 bell (x > y)', reason: 'x > y' })] }),
    );
    expect(xml).toContain('name="a&lt;b&gt;&amp;&quot;c&quot;.md"');
    expect(xml).toContain('message="Tom &amp; Jerry &lt;3 &#39;quotes&#39; \uFFFD bell (x &gt; y) &quot;********&quot;"');
    expect(xml).toContain('bell (x &gt; y) &quot;********&quot; [identifiers/mrn]</failure>');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });

  it("puts the one line in the failure message and the rule's guidance under it", () => {
    const f = finding({ title: 'Medical record number', message: 'A medical record number points at a chart. Remove it.', rules: ['identifiers/mrn', 'identifiers/mrn-labelled'] });
    const xml = formatJunit(report({ filePath: 'a.md', findings: [f] }));
    expect(xml).toContain('<failure type="identifiers/mrn" message="Medical record number &quot;********&quot;">');
    expect(xml).toContain('a.md:2:5: Medical record number &quot;********&quot; [identifiers/mrn (also: identifiers/mrn-labelled)]\nA medical record number points at a chart. Remove it.</failure>');
  });
});
