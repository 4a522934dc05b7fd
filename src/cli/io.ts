/** Everything the CLI needs from the outside world; bin/phi-lint.js passes the real process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Standard input: bytes (decoded as a file is, by byte-order mark) or text already decoded. */
  readStdin: () => Promise<string | Uint8Array>;
  isTTY: boolean;
  /** The raw standard streams, for `phi-lint lsp` (which speaks the protocol over them); bin passes process.stdin and process.stdout. */
  streams?: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream };
  /** Whether stderr is a terminal (for the progress line); defaults to false. */
  stderrIsTTY?: boolean;
}
