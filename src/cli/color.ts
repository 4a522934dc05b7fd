/**
 * Whether the report is coloured. The CLI never reads process.env (only
 * bin/ does), so chalk cannot detect it: the same rule as chalk's and Node's
 * is applied here to the environment the CLI was given. --color/--no-color
 * win; then FORCE_COLOR (CI logs that render colour set it; "0" or "false"
 * turns colour off), which goes before NO_COLOR as in Node; then a terminal
 * on stdout, unless NO_COLOR is set or the report goes to a file.
 */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, context: { isTTY: boolean; toFile: boolean }): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return context.isTTY && !env.NO_COLOR && !context.toFile;
}
