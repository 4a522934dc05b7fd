import type { Finding } from '../../src/model/types.js';

/** A located finding for unit tests; offsets default to the first line. */
export function finding(over: Partial<Finding> & { text: string }): Finding {
  const offset = over.offset ?? 0;
  return {
    ruleId: 'test/phone',
    category: 'phone',
    severity: 'error',
    message: 'Phone.',
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: offset + over.text.length + 1,
    offset,
    endOffset: offset + over.text.length,
    ...over,
  };
}
