import type { CompiledRule } from '../model/rule.js';
import type { RuleSpec } from '../model/rule-spec.js';
import { DOCS_DIR, ruleDocPath } from '../packs/builtin.js';
import { ruleTitle } from '../packs/rule-table.js';
import { categoryInWords } from './formatters/plain-words.js';

/**
 * The guidance page of a rule, as Markdown: docs/rules/<id>.md (written by
 * scripts/write-rule-docs.js) and `phi-lint explain <id>` print the same
 * text. Pure functions of the loaded rules; test/ci/rule-docs.test.ts keeps
 * the pages on disk in step with the packs.
 */

export { DOCS_DIR, ruleDocPath };

type DocRule = Pick<CompiledRule, 'spec' | 'pack'>;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const packName = (pack: string) => pack.replace(/\\/g, '/').replace(/^.*\//, '');

export function severityLine(spec: RuleSpec): string {
  if (spec.link !== 'person') return `${spec.severity} wherever it appears`;
  return `${spec.severity} when the post ties it to a patient, ${spec.unlinked ?? 'warning'} otherwise`;
}

/** Why the finding matters: the HIPAA Safe Harbor identifier its category is (advice and claims are not PHI). */
function whyItMatters(spec: RuleSpec): string {
  const what = categoryInWords(spec.category);
  if (spec.category === 'advice' || spec.category === 'claim') return `It is ${what}. It is not PHI, but it puts patients and the organisation at risk in public.`;
  if (spec.category === 'approval') {
    return `It is ${what}. A review by compliance before a post goes live is one of the controls a HIPAA privacy programme expects around publishing; the approvals file (committed with the post) and the audit log record it: see [Audit trail and approvals](${'../'.repeat(spec.id.split('/').length)}audit.md).`;
  }
  return `It is ${what}. Under HIPAA Safe Harbor (45 CFR 164.514(b)(2)), health information is de-identified only when identifiers like this one are removed; next to a patient's care it makes the post PHI.`;
}

/** A fenced block of samples, one paragraph each. */
function samples(title: string, list: string[] = []): string[] {
  if (list.length === 0) return [];
  const fence = list.some((s) => s.includes('```')) ? '~~~~' : '```';
  return [`**${title}**`, '', `${fence}text`, list.map((s) => s.trim()).join('\n\n'), fence, ''];
}

/** The Markdown page of one rule; `packShown` names an added pack as the user gave it (built-in ones are under rules/). */
export function rulePage({ spec, pack }: DocRule, packShown = `rules/${packName(pack)}`): string {
  return [
    `# ${spec.id}`,
    '',
    `- Reported as: ${ruleTitle(spec)}, with the reason for its severity`,
    `- Category: \`${spec.category}\``,
    `- Severity: ${severityLine(spec)}`,
    `- Pack: \`${packShown}\``,
    '',
    '## What it means and how to fix it',
    '',
    flat(spec.message),
    '',
    ...(spec.description ? ['## What it finds', '', flat(spec.description), ''] : []),
    '## Why it matters',
    '',
    whyItMatters(spec),
    '',
    ...(spec.examples ? ['## Examples', '', ...samples('Reported', spec.examples.match), ...samples('Not reported', spec.examples.noMatch)] : []),
    `Turn it off or change its severity in \`.phi-lint.yaml\` (\`rules: { ${spec.id}: off }\`); see [Configuration](${'../'.repeat(spec.id.split('/').length)}configuration.md).`,
    '',
  ].join('\n');
}

/** The index of every rule's page. */
export function indexPage(rules: DocRule[]): string {
  const rows = rules.map(({ spec }) => `| [\`${spec.id}\`](${spec.id}.md) | ${spec.category} | ${spec.severity} |`);
  return ['# Built-in rules', '', 'Generated from `rules/*.yaml` by `npm run docs`.', '', '| Rule | Category | Severity |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/** Every page to write: path (relative to the package root) -> content. */
export function ruleDocs(rules: DocRule[]): Map<string, string> {
  return new Map([[`${DOCS_DIR}/README.md`, indexPage(rules)], ...rules.map((r): [string, string] => [ruleDocPath(r.spec.id), rulePage(r)])]);
}
