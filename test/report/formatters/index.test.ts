import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/lib/errors.js';
import { FORMAT_NAMES, getFormat } from '../../../src/report/formatters/index.js';

describe('the format table', () => {
  it('says what each format needs beyond the findings', () => {
    const needs = Object.fromEntries(FORMAT_NAMES.map((name) => [name, getFormat(name).needs]));
    expect(needs).toEqual({ stylish: {}, json: { fixes: true }, compact: {}, sarif: { rules: true, source: true, fixes: true }, junit: {}, github: {}, html: { source: true, fixes: true, rules: true } });
  });

  it('refuses an unknown format, and does not mistake an Object property for one', () => {
    expect(() => getFormat('xml')).toThrow(UsageError);
    expect(() => getFormat('toString')).toThrow(/unknown format "toString" \(choose one of: stylish, json,/);
  });
});
