import { Chalk } from 'chalk';
import type { LintReport, Severity } from '../../model/types.js';
import { describe, inertLine, plural, ruleLabel } from './shared.js';
import type { FormatOptions } from './types.js';

export type { FormatOptions } from './types.js';

/**
 * ESLint's stylish layout: a header per file, one aligned row per finding
 * (what was found, why, the rule: `phi-lint explain <rule>` has the guidance),
 * one summary line (also for a clean run: files checked, no problems).
 */
export function formatStylish(report: LintReport, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  let out = '';
  for (const file of report.files) {
    if (!file.findings.length && !file.fatal?.length) continue;
    // Paths, messages and rule ids are the post's or its author's text: each is made inert before colour is added.
    out += `\n${c.underline(inertLine(file.filePath))}\n`;
    const rows = [
      ...(file.fatal ?? []).map((p) => [`${p.line}:${p.column}`, paint.error('error'), inertLine(p.message), c.dim('fatal')]),
      ...file.findings.map((f) => [
        `${f.line}:${f.column}`,
        paint[f.severity](f.severity),
        inertLine(describe(f)),
        c.dim(inertLine(ruleLabel(f))),
      ]),
    ];
    out += alignRows(rows) + '\n';
  }
  const { errors, warnings, infos, fatal, files } = report.summary;
  const total = errors + warnings + infos + fatal;
  if (total === 0 && options.quiet) return '';
  const checked = `${plural(files, 'file')} checked`;
  const note = hiddenNote(options.hidden);
  if (total === 0) return c.green(`✔ ${checked}, no problems`) + (note ? c.dim(`; ${note}`) : '') + '\n';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors + fatal, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${checked}`;
  return out + '\n' + c.bold((errors + fatal ? c.red : warnings ? c.yellow : c.blue)(summary)) + (note ? c.dim(`; ${note}`) : '') + '\n';
}

/** "3 infos not shown (--min-severity info shows them)": what --min-severity left out, and how to see it. */
function hiddenNote(hidden: Partial<Record<Severity, number>> = {}): string {
  const parts = (['warning', 'info'] as const).filter((s) => hidden[s]).map((s) => plural(hidden[s]!, s));
  if (!parts.length) return '';
  return `${parts.join(' and ')} not shown (--min-severity ${hidden.info ? 'info' : 'warning'} shows them)`;
}

/** Pads the position and severity columns as ESLint does; message and rule stay unpadded. */
function alignRows(rows: string[][]): string {
  const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => visible(r[i]))));
  return rows
    .map((r) => `  ${r[0]}${' '.repeat(widths[0] - visible(r[0]))}  ${r[1]}${' '.repeat(widths[1] - visible(r[1]))}  ${r[2]}  ${r[3]}`)
    .join('\n');
}
