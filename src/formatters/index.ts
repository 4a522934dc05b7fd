import { UsageError } from '../errors.js';
import type { LintReport } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish, type FormatOptions } from './stylish.js';

type Formatter = (report: LintReport, options: FormatOptions) => string;

const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

export function getFormatter(name: string): Formatter {
  const formatter = FORMATTERS[name];
  if (!formatter) throw new UsageError(`unknown format "${name}" (choose one of: ${FORMAT_NAMES.join(', ')})`);
  return formatter;
}
