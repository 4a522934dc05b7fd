import { Command, Option } from 'commander';
import { approve, summarizeAudit, verifyAudit, type AuditOptions } from '../api.js';
import { formatSummary } from '../audit/show.js';
import { inertLine } from '../report/formatters/shared.js';
import path from 'node:path';
import { UsageError } from '../lib/errors.js';
import type { CliIo } from './io.js';

/** `phi-lint audit verify|show <log>` and `phi-lint approve <post> --by <name>` (docs/audit.md). */

function command(name: string, description: string, io: CliIo): Command {
  return new Command(`phi-lint ${name}`)
    .description(description)
    .option('-c, --config <file>', 'use this config file, over the .phi-lint.yaml files found')
    .option('--no-config-lookup', 'do not look for .phi-lint.yaml files')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

const optionsOf = (cmd: Command, io: CliIo): AuditOptions => {
  const { config, configLookup } = cmd.opts<{ config?: string; configLookup: boolean }>();
  return { cwd: io.cwd, env: io.env, configFile: config, configLookup };
};

const AUDIT_HELP = `Usage: phi-lint audit <command> <log>

Check or sum up an audit log written by --audit-log (docs/audit.md).

Commands:
  verify <log>             check the hash chain; exit 1 at the first edited, removed or reordered line
  show <log> [-f json]     runs, exit codes, files checked, suppressions by reason
`;

/** `phi-lint audit verify <log>`: 0 when the chain holds, 1 at the first line that does not, 2 when a key is missing. */
export function runAudit(args: string[], io: CliIo): number {
  const [action, ...rest] = args;
  if (action === 'verify') {
    const cmd = command('audit verify', 'Check an audit log\'s hash chain; report the first edited, removed or reordered line.', io)
      .argument('<log>', 'the audit log (JSON Lines)')
      .parse(rest, { from: 'user' });
    const [log] = cmd.processedArgs as [string];
    const v = verifyAudit(log, optionsOf(cmd, io));
    if (v.broken) {
      io.stderr.write(`phi-lint: ${inertLine(`${log}:${v.broken.line}: line ${v.broken.line} ${v.broken.message}`)}\n`);
      return v.broken.keyMissing ? 2 : 1;
    }
    const keyed = v.keyed ? `, ${v.keyed} keyed (HMAC-SHA256)` : ', no key (SHA-256: shows edits, not who made them)';
    io.stdout.write(`${inertLine(log)}: chain intact, ${v.lines} ${v.lines === 1 ? 'run' : 'runs'}${keyed}\nlast hash ${v.head} (keep it elsewhere to detect removed last lines)\n`);
    return 0;
  }
  if (action === 'show') {
    const cmd = command('audit show', 'Sum up an audit log: runs, exit codes, files checked, suppressions by reason.', io)
      .argument('<log>', 'the audit log (JSON Lines)')
      .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
      .parse(rest, { from: 'user' });
    const [log] = cmd.processedArgs as [string];
    const summary = summarizeAudit(log, optionsOf(cmd, io));
    io.stdout.write(cmd.opts<{ format: string }>().format === 'json' ? JSON.stringify({ version: 1, log, ...summary }, null, 2) + '\n' : formatSummary(log, summary));
    return 0;
  }
  if (action === '-h' || action === '--help') {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  throw new UsageError(`${action ? `unknown audit command "${inertLine(action)}"` : 'phi-lint audit needs a command'}: verify or show`);
}

/** `phi-lint approve <post> --by <name> [--note <text>]`. */
export async function runApprove(args: string[], io: CliIo): Promise<number> {
  const cmd = command('approve', "Record that a reviewer approved a post's current text (for requireApproval).", io)
    .argument('<post>', 'the post file')
    .requiredOption('--by <name>', 'who approves it')
    .option('--note <text>', 'a short note (no names, dates or details: the approvals file is committed)')
    .option('--rules <pack.yaml>', 'add a rule pack (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .parse(args, { from: 'user' });
  const [post] = cmd.processedArgs as [string];
  const { by, note, rules } = cmd.opts<{ by: string; note?: string; rules: string[] }>();
  const { approval, file } = await approve(post, { ...optionsOf(cmd, io), rulePacks: rules, by, note });
  const where = inertLine(path.relative(io.cwd, file) || file);
  io.stdout.write(`Approved ${inertLine(approval.post)} (sha256 ${approval.sha256.slice(0, 12)}) by ${inertLine(approval.by)}: recorded in ${where}; commit it with the post.\n`);
  return 0;
}
