import { Command, InvalidArgumentError } from 'commander';
import type { CliIo } from './io.js';

export const integer = (value: string) => {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
};

export const collect = (value: string, previous: string[]) => [...previous, value];

/** A small command of its own (rules, explain, lsp, serve): its options and --help, errors through the CLI's one catch (exit 2). */
export function subcommand(name: string, description: string, io: CliIo): Command {
  return new Command(`phi-lint ${name}`)
    .description(description)
    .option('--rules <pack.yaml>', 'add a rule pack (repeatable)', collect, [])
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}
