import type { Finding, LintReport, Severity } from '../../model/types.js';
import { describe, ruleLabel } from './shared.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping: the message needs %, CR and LF escaped; property values also ':' and ','. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}\n`;
}

/**
 * GitHub's columns are inclusive and only allowed on a one-line span, so a
 * multi-line finding is reported by its lines alone.
 */
function position(f: Finding) {
  if (f.line !== f.endLine) return { line: f.line, endLine: f.endLine };
  return { line: f.line, endLine: f.endLine, col: f.column, endColumn: Math.max(f.column, f.endColumn - 1) };
}

/** GitHub Actions annotations (`::error file=...::message`), one line per finding. */
export function formatGithub(report: LintReport): string {
  let out = '';
  for (const file of report.files) {
    for (const p of file.fatal ?? []) {
      const at = p.line > 0 ? { line: p.line, col: p.column } : {};
      out += command('error', { file: file.filePath, ...at, title: 'phi-lint: file not scanned' }, p.message);
    }
    for (const f of file.findings) out += command(COMMAND[f.severity], { file: file.filePath, ...position(f), title: ruleLabel(f) }, describe(f));
  }
  return out;
}
