/** Shared plain-data shapes that flow through the pipeline. */
import type { DecisionName } from './decision.js';

export type Severity = 'error' | 'warning' | 'info';

/** The PHI categories of the output contract: identifiers and what ties them to a patient. */
export const PHI_CATEGORIES = [
  'name', 'location', 'date', 'age', 'phone', 'fax', 'email', 'url', 'ip', 'ssn', 'mrn',
  'health-plan', 'account', 'license', 'vehicle', 'device', 'biometric', 'photo', 'other-id',
  'quasi-identifier', 'patient-relationship',
] as const;
/**
 * The contract's categories beyond privacy (DESIGN.md, decision model 8):
 * medical advice to one person and health claims. They are not PHI, so no
 * patient's consent covers them.
 */
export const CONTENT_CATEGORIES = ['advice', 'claim'] as const;
/** Every category fixed by the output contract (other packs may declare more). */
export const CATEGORIES = [...PHI_CATEGORIES, ...CONTENT_CATEGORIES] as const;
export type Category = (typeof CATEGORIES)[number] | (string & {});

/** Where a piece of text came from inside its file. */
export type SegmentKind =
  | 'text' | 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'link-text' | 'url'
  | 'image-alt' | 'image-url' | 'html' | 'comment' | 'code' | 'frontmatter'
  | 'json-string' | 'json-key';

/**
 * A run of decoded text that a detector scans, with the way back to the
 * source: either linear from `start`, or code unit by code unit via `map`
 * (used when decoding changed lengths, e.g. JSON escapes or Markdown markup).
 */
export interface Segment {
  text: string;
  kind: SegmentKind;
  /** Source offset of text[0] (always set; the linear mapping when `map` is absent). */
  start: number;
  /** Source offset of every code unit, length text.length + 1 (the last entry is the end). */
  map?: number[];
  /** JSON pointer of the value this segment came from (JSON sources). */
  pointer?: string;
  /** Property name (JSON) or front-matter key this segment is the value of. */
  key?: string;
}

/** A file parsed into segments, plus problems the parser met (still scanned). */
export interface ParsedSource {
  segments: Segment[];
  problems: ParseProblem[];
  /** How the file was read when not as its format (never change the exit code). */
  notes?: string[];
}

export interface ParseProblem {
  message: string;
  offset: number;
}

/** A raw hit from a detector, in segment coordinates, with what the detector saw around it. */
export interface Match {
  start: number;
  end: number;
  /** A name the detector found with a title or credentials ("Dr.", "RN"): staff, not a patient. */
  staff?: boolean;
  /** A place named as the organisation's own site ("our Dallas clinic"). */
  ownSite?: boolean;
  /** Words that explain a contextual hit, shown as its reason. */
  evidence?: string;
}

/** A finding located in its file. `text` is raw and is masked before output. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The rule's guidance, followed by the reason in parentheses. */
  message: string;
  /** What was found, in a few words (the rule's `title`): the line human reports print before the reason. */
  title?: string;
  /** Every rule that found this span when overlapping findings were merged, the reported `ruleId` first; absent when only one did. */
  rules?: string[];
  /** The rule's guidance page (`docs/rules/<id>.md`, built-in rules only). */
  docs?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Source offsets (UTF-16 code units of the decoded file, BOM removed). */
  offset: number;
  endOffset: number;
  text: string;
  /** Why this severity was chosen (context evidence), in plain words. */
  reason?: string;
  /** The row of the decision table that chose the severity. */
  decision?: DecisionName;
  pointer?: string;
  /** A safe rewrite (src/fix/): `text` replaces the source range, which is the finding's own unless widened (a label, a sentence). */
  fix?: FixSuggestion;
}

/** A suggested replacement: plain text (not escaped for the file's format) and the source range it replaces. */
export interface FixSuggestion {
  text: string;
  /** `text` as the file spells it (escaped in a JSON string, Markdown marks kept): what SARIF inserts. */
  raw: string;
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Why a file could not be scanned completely (malformed JSON, unreadable).
 * Kept as data: reports render it (src/report/), nothing parses it back.
 */
export interface Problem {
  /** 1-based; 0 with column 0 when the file could not be read at all. */
  line: number;
  column: number;
  message: string;
}

/** A problem with the whole file, not a place in it (the file or folder could not be read). */
export const wholeFileProblem = (message: string): Problem => ({ line: 0, column: 0, message });

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** Set when the file could not be read or parsed completely; the run exits 2. */
  fatal?: Problem[];
  /** Info notes on how the file was scanned (skipped as binary, scanned in windows); never change the exit code. */
  notes?: string[];
  /** The decoded source, kept only for formatters that show context; never serialized. */
  source?: string;
  /** Spans detected but not reported (allowlist, directive, baseline): masked like findings wherever the source is shown. */
  suppressed?: Span[];
  /** Set by masking along with `source`: the source ranges it hid, for reports that render each as one fixed mask. */
  maskedRanges?: Span[];
  /** Every finding an allowlist, directive, consent or the baseline took out or lowered: no text, for the audit log. */
  suppressions?: Suppression[];
  /** SHA-256 of the post's text (what `sha256sum` prints for a UTF-8 file without a byte-order mark); unset for streamed files. */
  contentHash?: string;
}

/** The rule the approvals step reports (rules/approvals.yaml): a post that needs a recorded approval has none for its current text. */
export const APPROVAL_RULE = 'approval/missing';

/**
 * A finding that was not reported at its severity, and why. Never the
 * matched text: `reason` is a directive's reason with every matched text
 * in the file masked, or an allow entry's location in its config.
 */
export interface Suppression {
  by: 'allowlist' | 'directive' | 'consent' | 'baseline';
  ruleId: string;
  line: number;
  column: number;
  reason?: string;
  /** The registry's consent id (consent only). */
  consent?: string;
}

/** A range of source offsets (UTF-16 code units, end exclusive). */
export interface Span {
  offset: number;
  endOffset: number;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fatal: number;
}

export interface LintReport {
  files: FileResult[];
  summary: Summary;
}
