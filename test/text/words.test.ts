import { describe, expect, it } from 'vitest';
import { makeFilter } from '../../src/text/words.js';

describe('makeFilter', () => {
  const accept = makeFilter({}, 'native');
  const at = (text: string, value: string) => accept(text, { start: text.indexOf(value), end: text.indexOf(value) + value.length });

  it.each(['SAMPLE-000000', '000-00-0000', 'XXX-XX-1234', 'MRN EXAMPLE-1234'])('drops a stand-in number: %s', (value) => {
    expect(at(`Member ID: ${value}`, value)).toBe(false);
  });

  it.each(['W882-104-557', '00482913', 'https://portal.example.org/chart?patientId=448213'])('keeps a real-looking one: %s', (value) => {
    expect(at(`ID: ${value}`, value)).toBe(true);
  });
});
