#!/usr/bin/env node
// Turns phi-lint's SARIF log into the Markdown job summary of the GitHub Action (action.yml).
// Usage: node scripts/action-summary.js <report.sarif> [phi-lint exit code]  >> "$GITHUB_STEP_SUMMARY"
import { existsSync, readFileSync } from 'node:fs';

const MAX_ROWS = 100;
const [file, exitCode = '?'] = process.argv.slice(2);
const oneLine = (s) => String(s).replace(/\r?\n|\r/g, ' ');
/** Table-cell text: Markdown punctuation escaped, so a masked "****" stays literal. */
const text = (s) => oneLine(s).replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
/** A code span in a table cell (paths, rule ids). */
const code = (s) => `\`${oneLine(s).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(log) {
  const run = log.runs[0];
  const results = run.results ?? [];
  const notes = run.invocations?.[0]?.toolExecutionNotifications ?? [];
  const count = (level) => results.filter((r) => r.level === level).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('note')];
  const where = (loc) => {
    const p = loc?.physicalLocation;
    const uri = decodeURIComponent(p?.artifactLocation?.uri ?? '?');
    return p?.region ? `${uri}:${p.region.startLine}:${p.region.startColumn}` : uri;
  };
  const out = ['### phi-lint', ''];
  if (errors || notes.length) out.push(`:x: **${plural(errors, 'error')}**, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}: fix the posts below before publishing.`);
  else if (warnings) out.push(`:warning: ${plural(warnings, 'warning')}, ${plural(infos, 'info')}: nothing blocks publishing, but please check them.`);
  else out.push(`:white_check_mark: No PHI found (${plural(infos, 'info')}).`);
  if (results.length) {
    out.push('', '| Severity | Where | Rule | Finding |', '| --- | --- | --- | --- |');
    for (const r of results.slice(0, MAX_ROWS)) {
      const severity = r.level === 'note' ? 'info' : r.level;
      out.push(`| ${severity} | ${code(where(r.locations?.[0]))} | ${code(r.ruleId)} | ${text(r.message.text)} |`);
    }
    if (results.length > MAX_ROWS) out.push('', `…and ${results.length - MAX_ROWS} more: see the code scanning alerts or the SARIF file.`);
  }
  if (notes.length) {
    out.push('', `**${plural(notes.length, 'file')} could not be scanned completely** (the check fails closed):`, '');
    for (const n of notes) out.push(`- ${code(where(n.locations?.[0]))}: ${text(n.message.text)}`);
  }
  out.push('', '<sub>Matched text is masked unless the workflow passed --no-mask.</sub>');
  return out.join('\n') + '\n';
}

if (!file || !existsSync(file)) {
  process.stdout.write(`### phi-lint\n\n:x: phi-lint wrote no report (exit code ${exitCode}); see the step log for the reason.\n`);
} else {
  process.stdout.write(summary(JSON.parse(readFileSync(file, 'utf8'))));
}
