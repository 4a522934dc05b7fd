import { Option } from 'commander';
import { loadRules, type RuleOptions } from '../api.js';
import path from 'node:path';
import { LocatedError, UsageError } from '../lib/errors.js';
import { packExampleProblems } from '../pipeline/pack-examples.js';
import type { CompiledRule } from '../model/rule.js';
import { firstSentence } from '../packs/rule-table.js';
import { inertLine } from '../report/formatters/shared.js';
import { rulePage } from '../report/rule-docs.js';
import { closestId } from '../lib/did-you-mean.js';
import type { CliIo } from './io.js';
import { subcommand } from './subcommand.js';

/** `phi-lint rules` (the rule set as a table or JSON) and `phi-lint explain <id>` (one rule's guidance page). */


/** The rules that ran with these packs, whose examples must behave as declared (as for a lint run); the built-in ones carry their page (`docs`). */
async function rulesFor(packs: string[], io: CliIo): Promise<CompiledRule[]> {
  const options: RuleOptions = { rulePacks: packs, cwd: io.cwd };
  const rules = loadRules(options);
  const problems = await packExampleProblems(packs.map((p) => ({ path: path.resolve(io.cwd, p), display: p })));
  if (problems.length) throw new LocatedError(problems);
  return rules;
}

/** Default severity as a reader needs it: a person-linked rule has two. */
const severityOf = (r: CompiledRule) => (r.spec.link === 'person' ? `${r.spec.severity} (${r.spec.unlinked} unlinked)` : r.spec.severity);
const oneLine = (r: CompiledRule) => inertLine(firstSentence(r.spec.description ?? r.spec.message));

function table(rules: CompiledRule[]): string {
  const rows = rules.map((r) => [inertLine(r.spec.id), inertLine(r.spec.category), severityOf(r), oneLine(r)]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  '));
  return lines.join('\n') + `\n\n${rules.length} rules. Details: phi-lint explain <rule-id>\n`;
}

function json(rules: CompiledRule[]): string {
  const list = rules.map((r) => ({
    id: r.spec.id,
    category: r.spec.category,
    severity: r.spec.severity,
    ...(r.spec.link === 'person' ? { unlinked: r.spec.unlinked } : {}),
    description: firstSentence(r.spec.description ?? r.spec.message),
    // Only the built-in rules have a generated page.
    ...(r.docs ? { docs: r.docs } : {}),
  }));
  return JSON.stringify({ version: 1, rules: list }, null, 2) + '\n';
}

/** `phi-lint rules [--format stylish|json] [--rules pack.yaml]`. */
export async function runRules(args: string[], io: CliIo): Promise<number> {
  const cmd = subcommand('rules', 'List every rule: id, category, default severity and what it finds.', io)
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .parse(args, { from: 'user' });
  const { format, rules: packs } = cmd.opts<{ format: string; rules: string[] }>();
  const rules = await rulesFor(packs, io);
  io.stdout.write(format === 'json' ? json(rules) : table(rules));
  return 0;
}

/** `phi-lint explain <rule-id> [--rules pack.yaml]`: what docs/rules/<id>.md says. */
export async function runExplain(args: string[], io: CliIo): Promise<number> {
  const cmd = subcommand('explain', 'Print the full guidance of one rule: what it finds, why it matters, how to fix it, examples.', io)
    .argument('<rule-id>', 'a rule id, as reports print it (identifiers/mrn)')
    .parse(args, { from: 'user' });
  const [id] = cmd.processedArgs as [string];
  const rules = await rulesFor(cmd.opts<{ rules: string[] }>().rules, io);
  const rule = rules.find((r) => r.spec.id === id);
  if (!rule) {
    const near = closestId(id, rules.map((r) => r.spec.id));
    const hint = near ? `did you mean "${near}"?` : 'phi-lint rules lists them';
    throw new UsageError(`unknown rule "${inertLine(id)}" (${hint})`);
  }
  io.stdout.write(rule.docs ? rulePage(rule) : rulePage(rule, rule.pack));
  return 0;
}
