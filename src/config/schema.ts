import type { z as Zod } from 'zod';
import { zod } from '../lib/lazy-modules.js';
import { parseRegex } from '../suppress/allowlist.js';

/**
 * The shape of `.phi-lint.yaml` (and .yml, .json, package.json "phi-lint").
 * Strict like the rule packs: a misspelt key in a safety tool is a setting
 * that silently does nothing. An empty key (`rules:` with every entry
 * commented out) counts as absent. The descriptions are what an editor
 * shows for each key (the JSON Schema, json-schema.ts, is made from these).
 */
/** ESLint style; "warn" is accepted for "warning". */
export const SEVERITY_SETTINGS = ['error', 'warning', 'warn', 'info', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** Which posts need an approval: those a consent lowered findings of, those with warnings or errors too, or every post. */
export const REQUIRE_APPROVAL = ['consent', 'warnings', 'always'] as const;
export type RequireApproval = (typeof REQUIRE_APPROVAL)[number];

/**
 * Schemas whose input is wider than their output (a preprocess step):
 * json-schema.ts widens what the JSON Schema accepts to match.
 */
export interface InputShapes {
  /** Accept null (an empty YAML key). */
  nullable: WeakSet<Zod.ZodType>;
  /** Accept one item for a list of one. */
  list: WeakSet<Zod.ZodType>;
  /** Accept a bare string or number for `{ value }`. */
  allowEntry: WeakSet<Zod.ZodType>;
}

/** Built on first use: most runs have no config file and never load zod. */
function build(z: typeof Zod) {
  const shapes: InputShapes = { nullable: new WeakSet(), list: new WeakSet(), allowEntry: new WeakSet() };
  const tag = <T extends Zod.ZodType>(set: WeakSet<Zod.ZodType>, schema: T): T => (set.add(schema), schema);
  const optional = <T extends Zod.ZodType>(schema: T, description: string) =>
    tag(shapes.nullable, z.preprocess((v) => v ?? undefined, schema.optional()).describe(description));
  /** A single string where a list is expected is a list of one. */
  const list = <T extends Zod.ZodType>(item: T) => tag(shapes.list, z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item)));

  const text = z.string().min(1);
  const regex = text.superRefine((source, ctx) => {
    try {
      parseRegex(source);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}` });
    }
  });
  const severity = z.enum(SEVERITY_SETTINGS).describe('error, warning (or warn), info, or off; it holds for every finding of the rule, whatever the context');
  const ruleMap = z.record(text, severity);
  const rulesDoc = 'Severity of a rule by its id (error | warning | info | off), for every finding of that rule';

  /** A bare string (or number, for phones written unquoted) is an exact value. */
  const allowEntry = tag(
    shapes.allowEntry,
    z.preprocess(
      (v) => (typeof v === 'string' || typeof v === 'number' ? { value: String(v) } : v),
      z
        .strictObject({
          value: text.optional().describe('The exact text (case ignored; phone numbers compare by digits)'),
          regex: regex.optional().describe('A regular expression matched against the whole finding: /source/flags or the bare source'),
          domain: text.optional().describe('An e-mail address or URL on this domain or one of its subdomains'),
          rules: list(text).optional().describe('Only for these rule ids (default: every rule)'),
          note: z.string().optional().describe('Why the value is safe to publish (for the reader)'),
        })
        .refine((e) => [e.value, e.regex, e.domain].filter((x) => x !== undefined).length === 1, {
          message: 'an allow entry needs exactly one of "value", "regex" or "domain"',
        }),
    ),
  );
  const allowDoc = 'Values never reported: a bare text, or { value | regex | domain, rules?, note? }';

  const override = z.strictObject({
    files: list(text)
      .pipe(z.array(text).min(1, 'an override needs at least one "files" glob'))
      .describe('Globs (.gitignore syntax) relative to the config file\'s folder'),
    rules: optional(ruleMap, rulesDoc),
    allow: optional(z.array(allowEntry), allowDoc),
  });

  const configSchema = z.strictObject({
    $schema: optional(z.string(), 'The JSON Schema of this file, for editors'),
    root: optional(z.boolean(), 'Stop looking for config files in parent folders'),
    extends: optional(list(text), 'Your own rule pack files to add (paths relative to this file); the built-in packs always run'),
    rules: optional(ruleMap, rulesDoc),
    overrides: optional(z.array(override), 'Other settings for some files, applied after the top-level keys, in order'),
    ignorePatterns: optional(list(text), 'Files never linted (.gitignore syntax, relative to this file\'s folder)'),
    extensions: optional(
      list(z.string().regex(/^\.[A-Za-z0-9][\w.-]*$/, 'an extension starts with a dot: ".mdx"')),
      'More file extensions to lint in folders and globs (.mdx is read as Markdown, .csv and .tsv one post per row, the rest as plain text)',
    ),
    allow: optional(z.array(allowEntry), allowDoc),
    requireReason: optional(z.boolean(), 'phi-lint-disable comments must give a reason after "--" (default true)'),
    consentRegistry: optional(text, 'A YAML list of patient authorizations that posts cite with "consent: <id>", relative to this file'),
    images: optional(
      z.strictObject({
        metadata: optional(z.boolean(), 'Read GPS tags, names and captions in image metadata'),
        text: optional(z.boolean(), 'Read the text in images (OCR)'),
        faces: optional(z.boolean(), 'Look for faces in images'),
      }),
      'Which analyses look inside a post\'s local images (each on by default; --no-images turns all off). See docs/images.md',
    ),
    baselineKey: optional(
      z.string().min(16, 'a baselineKey needs at least 16 characters'),
      'HMAC key for baseline entries and the audit log\'s hash chain; prefer the PHI_LINT_BASELINE_KEY variable (a committed key is only a salt)',
    ),
    auditLog: optional(text, 'Append one record of every run to this JSON Lines file (like --audit-log), relative to this file'),
    requireApproval: optional(z.enum(REQUIRE_APPROVAL), 'Which posts need a recorded approval (phi-lint approve) before they pass: consent, warnings or always'),
    approvals: optional(text, 'The approvals file, relative to this file (default .phi-lint/approvals.jsonl in the working directory)'),
  });
  return { configSchema, allowEntry, shapes };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= build(zod().z));
export const configSchema = (): Schemas['configSchema'] => schemas().configSchema;
export const inputShapes = (): InputShapes => schemas().shapes;

export type AllowEntry = Zod.infer<Schemas['allowEntry']>;
export type ConfigData = Zod.infer<Schemas['configSchema']>;
