// Preload (node --import): on exit, appends this process's peak resident set size in KB
// to the file named by PHI_LINT_RSS_LOG, so a test can bound the memory of a CLI run.
import { appendFileSync } from 'node:fs';

process.on('exit', () => appendFileSync(process.env.PHI_LINT_RSS_LOG, `${process.resourceUsage().maxRSS}\n`));
