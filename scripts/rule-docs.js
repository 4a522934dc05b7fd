// One Markdown page per built-in rule (docs/rules/<id>.md) and an index
// (docs/rules/README.md), generated from rules/*.yaml by `npm run docs`.
// SARIF's helpUri points at these pages (src/report/formatters/sarif.ts), and
// test/ci/rule-docs.test.ts keeps them in step with the packs.
// Pure functions of the loaded rules (CompiledRule: { spec, pack }).

export const DOCS_DIR = 'docs/rules';

/** The page of a rule, relative to the package root: its id is its path (`identifiers/mrn` -> docs/rules/identifiers/mrn.md). */
export const ruleDocPath = (id) => `${DOCS_DIR}/${id}.md`;

const flat = (text) => text.replace(/\s+/g, ' ').trim();
const packName = (pack) => pack.replace(/\\/g, '/').replace(/^.*\//, '');

function severityLine(spec) {
  if (spec.link !== 'person') return `${spec.severity} wherever it appears`;
  return `${spec.severity} when the post ties it to a patient, ${spec.unlinked ?? 'warning'} otherwise`;
}

/** A fenced block of samples, one paragraph each. */
function samples(title, list = []) {
  if (list.length === 0) return [];
  const fence = list.some((s) => s.includes('```')) ? '~~~~' : '```';
  return [`**${title}**`, '', `${fence}text`, list.map((s) => s.trim()).join('\n\n'), fence, ''];
}

/** The Markdown page of one rule. */
export function rulePage({ spec, pack }) {
  return [
    `# ${spec.id}`,
    '',
    `- Category: \`${spec.category}\``,
    `- Severity: ${severityLine(spec)}`,
    `- Pack: \`rules/${packName(pack)}\``,
    '',
    '## What it means and how to fix it',
    '',
    flat(spec.message),
    '',
    ...(spec.description ? ['## What it finds', '', flat(spec.description), ''] : []),
    ...(spec.examples ? ['## Examples', '', ...samples('Reported', spec.examples.match), ...samples('Not reported', spec.examples.noMatch)] : []),
    `Turn it off or change its severity in \`.phi-lint.yaml\` (\`rules: { ${spec.id}: off }\`); see the README, "Configuration".`,
    '',
  ].join('\n');
}

/** The index of every rule's page. */
export function indexPage(rules) {
  const rows = rules.map(({ spec }) => `| [\`${spec.id}\`](${spec.id}.md) | ${spec.category} | ${spec.severity} |`);
  return ['# Built-in rules', '', 'Generated from `rules/*.yaml` by `npm run docs`.', '', '| Rule | Category | Severity |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/** Every page to write: path (relative to the package root) -> content. */
export function ruleDocs(rules) {
  return new Map([[`${DOCS_DIR}/README.md`, indexPage(rules)], ...rules.map((r) => [ruleDocPath(r.spec.id), rulePage(r)])]);
}
