import { UsageError } from '../../lib/errors.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, jsonChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { ReportFormat } from './types.js';

export type { FormatOptions, Formatter, FormatterNeeds, ReportFormat, RuleMeta } from './types.js';

/** Every output format; each says what it needs beyond the findings, so callers fetch that only for it. */
const FORMATS: Record<string, ReportFormat> = {
  stylish: { format: formatStylish, needs: {} },
  json: { format: formatJson, chunks: jsonChunks, needs: { fixes: true } },
  compact: { format: formatCompact, needs: {} },
  // SARIF hashes the words around each finding into its fingerprint, so it needs the post's text too.
  sarif: { format: formatSarif, needs: { rules: true, source: true, fixes: true } },
  junit: { format: formatJunit, needs: {} },
  github: { format: formatGithub, needs: {} },
  // The rules' guidance explains each finding; the finding's own message would repeat its reason.
  html: { format: formatHtml, needs: { source: true, fixes: true, rules: true } },
};

export const FORMAT_NAMES = Object.keys(FORMATS);

export function getFormat(name: string): ReportFormat {
  const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (!format) throw new UsageError(`unknown format "${name}" (choose one of: ${FORMAT_NAMES.join(', ')})`);
  return format;
}
