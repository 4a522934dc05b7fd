import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeYamlError } from '../../../src/formats/markdown/yaml-problem.js';

const describe1 = (source: string) => describeYamlError(parseDocument(source).errors[0], source);

describe('describeYamlError', () => {
  it("keeps yaml's own words when they quote nothing from the source", () => {
    expect(describe1('title: [unclosed\nnote: x')).toBe('Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect(describe1('a: 1\na: 2')).toBe('Map keys must be unique');
    expect(describe1('note: "x\\q"')).toBe('Invalid escape sequence \\q'); // two characters are not PHI
  });

  it('falls back to a phrase for the error code when the message would quote the source', () => {
    expect(describe1('a: |Lindqvist\n  x')).toBe('unexpected text');
  });
});
