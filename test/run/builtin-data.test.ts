import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuiltinData } from '../../src/lexicons/builtin-data.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The prebuilt data and --cache are keyed by the same hash of rules/ and
 * data/: one edit to a word list or a pack invalidates both. Runs the built
 * bin from a copy of the package (its own rules/, data/ and dist/), whose
 * prebuilt file is marked: while it is used, the facility rule's message is
 * the marker.
 */
describe('an edited word list or pack', () => {
  const pkg = mkdtempSync(path.join(tmpdir(), 'phi-lint-pkg-'));
  const work = mkdtempSync(path.join(tmpdir(), 'phi-lint-work-'));
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });
  for (const entry of ['bin', 'dist', 'rules', 'data', 'package.json']) cpSync(path.join(ROOT, entry), path.join(pkg, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));

  const MARKER = 'From the prebuilt file.';
  const prebuilt = path.join(pkg, 'dist', 'builtin-data.json');
  const doc = JSON.parse(readFileSync(prebuilt, 'utf8')) as BuiltinData;
  for (const pack of doc.packs) for (const spec of pack.rules) if (spec.id === 'identifiers/facility-name') spec.message = MARKER;
  writeFileSync(prebuilt, JSON.stringify(doc));

  const list = path.join(pkg, 'data', 'lexicons', 'facilities.txt');
  const pack = path.join(pkg, 'rules', 'facilities.yaml');
  const original = { list: readFileSync(list, 'utf8'), pack: readFileSync(pack, 'utf8') };
  mkdirSync(path.join(work, 'posts'));
  writeFileSync(
    path.join(work, 'posts', 'post.txt'),
    'Our patient was transferred to Cedars-Sinai Medical Center last night. She was later moved to Quillmoor Hall.\n',
  );
  const cacheFile = path.join(work, '.phi-lint-cache');

  /** The facility findings of a --cache run: matched text and message. */
  function lint(): string[] {
    const r = spawnSync(process.execPath, [path.join(pkg, 'bin', 'phi-lint.js'), '-f', 'json', '--no-mask', '--cache', 'posts'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).files[0].findings as { ruleId: string; text: string; message: string }[];
    return findings.filter((f) => f.ruleId === 'identifiers/facility-name').map((f) => `${f.text}: ${f.message.slice(0, 23)}`);
  }
  const FROM_PACK = 'Naming the hospital or ';

  it('invalidates both the prebuilt file and the --cache results', () => {
    // The prebuilt file is used (its rules, its term sets), and the second run is answered from the cache.
    expect(lint()).toEqual([`Cedars-Sinai Medical Center: ${MARKER.slice(0, 23)}`]);
    const written = statSync(cacheFile).mtimeMs;
    expect(lint()).toEqual([`Cedars-Sinai Medical Center: ${MARKER.slice(0, 23)}`]);
    expect(statSync(cacheFile).mtimeMs).toBe(written);

    // A word list gains a name: the packs come from YAML and the list's new name is found, so neither the file nor the cache answered.
    appendFileSync(list, 'Quillmoor Hall\n');
    expect(lint()).toEqual([`Cedars-Sinai Medical Center: ${FROM_PACK}`, `Quillmoor Hall: ${FROM_PACK}`]);

    // The list restored: the prebuilt file holds again (checked by hash, the list's modification time being new).
    writeFileSync(list, original.list);
    expect(lint()).toEqual([`Cedars-Sinai Medical Center: ${MARKER.slice(0, 23)}`]);

    // A pack edited, even by a comment: the same.
    appendFileSync(pack, '\n# edited\n');
    expect(lint()).toEqual([`Cedars-Sinai Medical Center: ${FROM_PACK}`]);
  });
});
