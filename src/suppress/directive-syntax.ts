/** Where a directive applies: the next line, a block up to `enable`, or (JSON) one object. */
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-object';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  /** Source span of the directive, for its own findings. */
  offset: number;
  endOffset: number;
  /** disable-next-line: the 1-based line it silences. */
  line?: number;
  /** disable-object: JSON pointer of the object whose values it silences. */
  pointer?: string;
  /** Set for a malformed directive; it silences nothing and is reported. */
  problem?: string;
}

export const DIRECTIVE_PREFIX = 'phi-lint-';
const KINDS = /^phi-lint-(disable-next-line|disable|enable)(?=\s|$)/;
/** ESLint's separator: the reason follows a `--` set off by white space. */
const REASON = /(?:^|\s)--(?:\s|$)/;

/**
 * Reads a comment body such as
 * `phi-lint-disable-next-line identifiers/phone, identifiers/email -- the clinic's own line`.
 * Returns undefined for a comment that is not a directive at all.
 */
export function parseDirectiveText(body: string): Omit<Directive, 'offset' | 'endOffset'> | undefined {
  const text = body.trim();
  if (!text.startsWith(DIRECTIVE_PREFIX)) return undefined;
  const m = KINDS.exec(text);
  if (!m) {
    // Only the directive-like start of the word: the rest is the author's text.
    const word = /^phi-lint-[a-z-]{0,30}/.exec(text)![0];
    return { kind: 'disable', rules: [], problem: `unknown directive "${word}" (use phi-lint-disable-next-line, phi-lint-disable or phi-lint-enable)` };
  }
  const rest = text.slice(m[0].length);
  const sep = REASON.exec(rest);
  const rulesPart = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
  return {
    kind: m[1] as DirectiveKind,
    rules: rulesPart.split(/[\s,]+/).filter(Boolean),
    ...(reason ? { reason } : {}),
  };
}
