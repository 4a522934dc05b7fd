import type { LintReport, Severity } from '../../model/types.js';

/** What a formatter may know about a rule (SARIF's rule table, the HTML report's explanations). */
export interface RuleMeta {
  id: string;
  category: string;
  severity: Severity;
  message: string;
  description?: string;
  /** direct: reported wherever it appears; person: at `severity` only when tied to a patient. */
  link?: 'direct' | 'person';
  unlinked?: Severity | 'off';
  /** The rule's guidance page (`docs/rules/<id>.md`): built-in rules only. */
  docs?: string;
}

/** Options every formatter receives; all but `color` are optional so older callers keep working. */
export interface FormatOptions {
  color: boolean;
  /** The rules that ran, in pack order (given when `needs.rules`); formatters fall back to the findings when absent. */
  rules?: RuleMeta[];
  /** Whether matched text was masked (false with --no-mask); reports that say so read it. */
  masked?: boolean;
  /** Findings left out below --min-severity, by severity: reports people read say how many. */
  hidden?: Partial<Record<Severity, number>>;
  /** --quiet: a report with nothing to show prints nothing (not even the clean-run line). */
  quiet?: boolean;
}

export type Formatter = (report: LintReport, options: FormatOptions) => string;

/** What a format needs beyond the findings; the CLI and API gather only what the chosen format asks for. */
export interface FormatterNeeds {
  /** Each file's decoded text on its result (a report that shows the posts). */
  source?: true;
  /** `FormatOptions.rules`: every rule that ran, also those that found nothing (a rule table). */
  rules?: true;
  /** Each finding's suggested rewrite (`fix`, src/fix/): the CLI keeps the source and puts it on the findings. */
  fixes?: true;
}

/** An output format: the function that renders a report, and what it needs to be given. */
export interface ReportFormat {
  format: Formatter;
  /** The same output in pieces, for a large report written without holding it whole (the CLI uses it). */
  chunks?: (report: LintReport, options: FormatOptions) => Iterable<string>;
  needs: FormatterNeeds;
}
