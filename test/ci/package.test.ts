import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { committedPackage, copyPackage, sh, TARBALL } from './package-copy.js';

const UNSAFE = 'Our patient Jane Roe (MRN 4410022) went home today after her knee surgery. Call her at 555-0142.\n';
const SAFE = 'Free flu shots on Saturday at the Westside Library. Questions? Call us at 555-0100.\n';

/** An empty project folder holding a safe and an unsafe post. */
function projectWithPosts(): string {
  const app = mkdtempSync(path.join(tmpdir(), 'phi-lint-app-'));
  writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  for (const [dir, text] of [['safe', SAFE], ['unsafe', UNSAFE]]) {
    mkdirSync(path.join(app, dir));
    writeFileSync(path.join(app, dir, 'post.md'), text);
  }
  return app;
}

describe('release tarball (npm pack)', { timeout: 240_000 }, () => {
  let packed: string;
  let pack: ReturnType<typeof sh>;
  beforeAll(() => {
    // A copy, so that prepack's clean build never pulls dist/ from under the other tests.
    const source = copyPackage('phi-lint-pack-', true);
    mkdirSync(path.join(source, 'dist'));
    writeFileSync(path.join(source, 'dist', 'stale-module.js'), 'export {};\n');
    packed = mkdtempSync(path.join(tmpdir(), 'phi-lint-tgz-'));
    pack = sh('npm', ['pack', '--pack-destination', packed], source);
  }, 240_000);

  it('builds a clean dist/ (prepack) and prints only the tarball name on stdout', () => {
    expect(pack.status, pack.stderr).toBe(0);
    expect(pack.stdout).toBe(`${TARBALL}\n`); // pre-commit's node hooks read this line
    expect(pack.stderr).toContain('dist/bundle/cli.js');
    expect(pack.stderr).toContain('dist/builtin-data.json');
    expect(pack.stderr).not.toContain('stale-module.js');
  });

  it('installs with --omit=dev into an empty folder, and npx phi-lint gates a safe and an unsafe post', () => {
    const app = projectWithPosts();
    const install = sh('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(packed, TARBALL)], app);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(path.join(app, 'node_modules', 'typescript')), 'no dev tools installed').toBe(false);
    expect(sh('npx', ['--offline', 'phi-lint', 'safe'], app).status).toBe(0);
    const unsafe = sh('npx', ['--offline', 'phi-lint', 'unsafe'], app);
    expect(unsafe.status).toBe(1);
    expect(unsafe.stdout).toContain('identifiers/mrn');
    expect(unsafe.stdout).not.toContain('4410022'); // masked by default
  });

  it('installs globally (npm install -g) and the phi-lint command gates the unsafe post', () => {
    const app = projectWithPosts();
    const prefix = path.join(app, 'global');
    const install = sh('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', path.join(packed, TARBALL)], app);
    expect(install.status, install.stderr).toBe(0);
    expect(sh(path.join(prefix, 'bin', 'phi-lint'), ['unsafe'], app).status).toBe(1);
    expect(sh(path.join(prefix, 'bin', 'phi-lint'), ['safe'], app).status).toBe(0);
  });
});

describe('installed from a git URL into a project', { timeout: 300_000 }, () => {
  it('builds on install (npm prepares git dependencies with their dev dependencies) and gates the posts', () => {
    const repo = committedPackage('phi-lint-git-');
    const app = projectWithPosts();
    const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `git+file://${repo}`], app);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(path.join(app, 'node_modules', 'phi-lint', 'dist', 'bundle', 'cli.js'))).toBe(true);
    expect(sh('npx', ['--offline', 'phi-lint', 'unsafe'], app).status).toBe(1);
    expect(sh('npx', ['--offline', 'phi-lint', 'safe'], app).status).toBe(0);
  });
});

describe('a clone installed with npm ci --omit=dev', { timeout: 240_000 }, () => {
  it('installs without failing on the missing build tools and says the build was skipped', () => {
    const clone = copyPackage('phi-lint-omit-dev-');
    const ci = sh('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--foreground-scripts'], clone);
    expect(ci.status, ci.stderr).toBe(0);
    expect(ci.stderr).toContain('dev dependencies not installed, build skipped');
  });
});
