import { UsageError } from '../../lib/errors.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatOptions, Formatter, RuleMeta } from './types.js';

const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: formatHtml,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

export function getFormatter(name: string): Formatter {
  const formatter = FORMATTERS[name];
  if (!formatter) throw new UsageError(`unknown format "${name}" (choose one of: ${FORMAT_NAMES.join(', ')})`);
  return formatter;
}
