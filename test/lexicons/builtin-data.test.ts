import { appendFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BUILTIN_DATA, builtinDataJson, hashData, readBuiltinData, stampData, type DataInputs } from '../../src/lexicons/builtin-data.js';
import { BUILT_INPUTS, copyInputs } from '../helpers/builtin-inputs.js';

const sections = { packs: [], data: { 'data/context/cues.yaml': { staff: ['nurse'] } }, termSets: {}, anchors: {} };

/** Writes a prebuilt file for these inputs as they are now, as the build does. */
function build(inputs: DataInputs, file: string): void {
  writeFileSync(file, builtinDataJson(hashData(inputs), stampData(inputs), sections));
}

/** readBuiltinData, counting how often it had to hash the inputs. */
function read(inputs: DataInputs, file: string) {
  let hashed = 0;
  const doc = readBuiltinData(file, inputs, () => (hashed++, hashData(inputs)));
  return { doc, hashed };
}

/** A copy of the inputs for one test, and where its prebuilt file goes. */
function copy() {
  const { root, inputs } = copyInputs();
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return { root, inputs, file: path.join(root, 'builtin-data.json') };
}

describe('the prebuilt built-in data (dist/builtin-data.json)', () => {
  it('is built for the current rules/, data/ and schema, and holds every section', () => {
    const doc = readBuiltinData(BUILTIN_DATA, BUILT_INPUTS)!;
    expect(doc).toBeDefined();
    expect(doc.key).toBe(hashData(BUILT_INPUTS));
    expect(doc.packs.length).toBeGreaterThan(0);
    expect(Object.keys(doc.data)).toContain('data/context/cues.yaml');
    expect(Object.keys(doc.termSets).length).toBeGreaterThan(0);
  });

  it('is trusted without hashing while no input was touched, and after a touch only once the hash agrees', () => {
    const { root, inputs, file } = copy();
    build(inputs, file);
    expect(read(inputs, file)).toMatchObject({ doc: { data: sections.data }, hashed: 0 });
    const list = path.join(root, 'data', 'lexicons', 'facilities.txt');
    utimesSync(list, new Date(), new Date(Date.now() + 5000)); // same content, new modification time (a copy, an npm install)
    expect(read(inputs, file)).toMatchObject({ doc: { data: sections.data }, hashed: 1 });
  });

  it('is stale once a word list, a data file or a pack is edited, a file is added or removed, or the schema changes', () => {
    const { root, inputs, file } = copy();
    const staleAfter = (edit: () => void) => {
      build(inputs, file);
      expect(read(inputs, file).doc).toBeDefined();
      edit();
      expect(read(inputs, file).doc).toBeUndefined();
    };
    staleAfter(() => appendFileSync(path.join(root, 'data', 'lexicons', 'facilities.txt'), 'Quillmoor Hall\n'));
    staleAfter(() => appendFileSync(path.join(root, 'data', 'context', 'cues.yaml'), '\n# edited\n'));
    staleAfter(() => appendFileSync(path.join(root, 'rules', 'names.yaml'), '\n# edited\n'));
    staleAfter(() => writeFileSync(path.join(root, 'rules', 'extra.yaml'), 'name: extra\nrules: []\n'));
    staleAfter(() => rmSync(path.join(root, 'rules', 'extra.yaml')));
    staleAfter(() => appendFileSync(inputs.schema, '\n// another default\n'));
  });

  it('is ignored when missing, unreadable or of another version', () => {
    const { root, inputs, file } = copy();
    expect(read(inputs, file).doc).toBeUndefined();
    writeFileSync(file, '{"version":1,"key"');
    expect(read(inputs, file).doc).toBeUndefined();
    build(inputs, file);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version: 2 }));
    expect(read(inputs, file).doc).toBeUndefined();
  });
});
