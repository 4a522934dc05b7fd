/** What `phi-lint --help` prints after the options: the other commands, the exit codes a gate reads, and examples to copy. */
export const HELP_AFTER = `
Commands:
  phi-lint init                 write a commented starter .phi-lint.yaml in this folder
  phi-lint rules [-f json]      list every rule: id, category, default severity, what it finds
  phi-lint explain <rule-id>    what a rule finds, why it matters under HIPAA, how to fix it
  phi-lint approve <post> --by <name> [--note <text>]
                                record a reviewer's approval of a post's current text (requireApproval)
  phi-lint audit verify <log>   check an --audit-log's hash chain (exit 1 at the first broken line)
  phi-lint audit show <log>     sum up an audit log: runs, files, suppressions by reason (-f json)

Exit codes:
  0  no errors (and warnings within --max-warnings)
  1  at least one error, or more warnings than --max-warnings
  2  usage, config or rule-pack error, or a file that could not be read or parsed

Examples:
  phi-lint content/                              lint every draft in a folder
  phi-lint --staged                              lint what git commit would record (pre-commit hook)
  phi-lint -f sarif -o phi-lint.sarif content/   a report for GitHub code scanning
`;
