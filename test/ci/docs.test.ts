import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiLint, ROOT } from '../helpers/cli.js';
import { anchors, brokenLinks, relativeLinks } from '../helpers/doc-links.js';

const README = path.join(ROOT, 'README.md');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pages = [README, ...readdirSync(path.join(ROOT, 'docs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'docs', f))];

describe('links in README.md and docs/', () => {
  it('lead to files that exist, and to headings that exist', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap((file) => brokenLinks(file))).toEqual([]);
  });

  it('are checked: a missing file or heading is reported, a link in code is not a link', () => {
    const page = path.join(ROOT, 'docs', 'page.md');
    const text = '# Top\n\n## A + B\n\n[ok](#a--b) [gone](missing.md) [x](../README.md#no-such-heading) [web](https://example.org)\n\n```md\n[code](nowhere.md)\n```\n';
    expect(relativeLinks(text)).toEqual(['#a--b', 'missing.md', '../README.md#no-such-heading']);
    expect(brokenLinks(page, text)).toEqual([`${page}: missing.md: no such file`, `${page}: ../README.md#no-such-heading: no such heading`]);
    expect([...anchors('# Ship it\n## `decision` table\n## Ship it\n')]).toEqual(['ship-it', 'decision-table', 'ship-it-1']);
  });

  it('the README links every page under docs/', () => {
    const linked = new Set(relativeLinks(read('README.md')).map((l) => l.split('#')[0]));
    const docs = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    for (const page of docs) expect(linked, `README.md does not link docs/${page}`).toContain(`docs/${page}`);
  });
});

it('ships README.md and every page under docs/ in the package', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const shipped = new Set(pack.files.map((f: { path: string }) => f.path));
  for (const page of pages) expect(shipped, path.relative(ROOT, page)).toContain(path.relative(ROOT, page).split(path.sep).join('/'));
});

describe('README front page', () => {
  const readme = read('README.md');

  it('keeps the two quick-start commands true, and the tarball name npm pack gives', () => {
    expect(readme).toContain('```sh\nnpm install && npx phi-lint examples/\nnpm test\n```');
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.scripts.test).toBe('vitest run');
    expect(readme).toContain(`npm install --omit=dev ./${pkg.name}-${pkg.version}.tgz\n`); // the name npm pack gives the tarball
    const run = phiLint(['examples/']);
    expect(run.code).toBe(1);
    const reported = [...run.stdout.matchAll(/^(examples\/\S+)$/gm)].map((m) => m[1]);
    const unsafe = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.startsWith('unsafe-')).map((f) => `examples/${f}`);
    expect(reported.sort()).toEqual(unsafe.sort());
  });

  it('shows output the CLI really prints', () => {
    const block = /^```console\n\$ npx phi-lint (.+)\n([\s\S]*?)\n```$/m.exec(readme);
    expect(block, 'README.md has a ```console block with `$ npx phi-lint ...`').not.toBeNull();
    const run = phiLint(block![1].split(' '));
    expect(run.stdout.trimEnd()).toBe(block![2].trimEnd());
  });
});

it('the example drafts do what docs/development.md says they do', async () => {
  const { lintFiles } = await import('../../src/api.js');
  const CATEGORY: Record<string, string> = { name: 'name', location: 'location', date: 'date', 'patient relationship': 'patient-relationship', MRN: 'mrn', SSN: 'ssn', 'health-plan ID': 'health-plan', 'age over 89': 'age', 'room number': 'location', photo: 'photo' };
  const rows = [...read('docs/development.md').matchAll(/^\| `([\w.-]+)` \| .* \| (pass: no errors|flag: [^|(]+)(?:\([^)]*\))? *\|$/gm)];
  expect(rows.map((r) => r[1]).sort()).toEqual(readdirSync(path.join(ROOT, 'examples')).sort());
  for (const [, file, should] of rows) {
    const { files } = await lintFiles([path.join(ROOT, 'examples', file)]);
    const errors = new Set(files[0].findings.filter((f) => f.severity === 'error').map((f) => f.category));
    if (should === 'pass: no errors') expect([...errors], file).toEqual([]);
    else for (const what of should.slice('flag: '.length).trim().split(', ')) expect(errors, `${file}: ${what}`).toContain(CATEGORY[what] ?? what);
  }
});

describe('options documented in docs/', () => {
  it('exist in phi-lint --help', () => {
    const help = phiLint(['--help']).stdout;
    const documented = ['docs/cli.md', 'docs/configuration.md'].flatMap((page) =>
      read(page)
        .split('\n')
        .filter((line) => line.startsWith('| `-'))
        .flatMap((line) => [...line.split(' | ')[0].matchAll(/`(-[^` ]+)/g)].map((m) => m[1].replace(/[,<].*$/, ''))),
    );
    expect(documented).toContain('--min-severity');
    expect(documented).toContain('--update-baseline');
    for (const option of new Set(documented)) expect(help, `${option} is documented but not in --help`).toMatch(new RegExp(`(^|[ ,])${option}([ ,]|$)`, 'm'));
  });
});
