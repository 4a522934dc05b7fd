import type { ErrorCode, YAMLError } from 'yaml';

/**
 * The yaml library's messages sometimes quote the offending text ('Unresolved
 * tag: !Jane', 'Unexpected scalar token in YAML stream: "Doe"'), and front
 * matter is part of a post, so it may be PHI. A message is kept only when no
 * word of it (3+ letters or digits) occurs in the source; otherwise the
 * problem is described from its error code alone. The position says where.
 */
const PHRASES: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or tag',
  BAD_ALIAS: 'an alias points to no anchor',
  BAD_COLLECTION_TYPE: 'a tag does not fit its collection',
  BAD_DIRECTIVE: 'unknown or invalid directive',
  BAD_DQ_ESCAPE: 'invalid escape in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'anchors and tags must come after the indicator',
  BAD_SCALAR_START: 'a plain value starts with a reserved character',
  BLOCK_AS_IMPLICIT_KEY: 'a block value cannot be a key',
  BLOCK_IN_FLOW: 'a block value cannot sit inside [ ] or { }',
  DUPLICATE_KEY: 'a key appears twice',
  IMPOSSIBLE: 'unreadable structure',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  MISSING_CHAR: 'a quote, bracket, comma or colon is missing',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line',
  MULTIPLE_ANCHORS: 'a value has more than one anchor',
  MULTIPLE_DOCS: 'more than one document',
  MULTIPLE_TAGS: 'a value has more than one tag',
  NON_STRING_KEY: 'a key is not a string',
  RESOURCE_EXHAUSTION: 'too many aliases',
  TAB_AS_INDENT: 'a tab used for indentation',
  TAG_RESOLVE_FAILED: 'unknown tag',
  UNEXPECTED_TOKEN: 'unexpected text',
};

export function describeYamlError(err: YAMLError, source: string): string {
  const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  const lower = source.toLowerCase();
  const quotes = (message.match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((word) => lower.includes(word.toLowerCase()));
  return quotes ? (PHRASES[err.code] ?? 'invalid YAML') : message;
}
