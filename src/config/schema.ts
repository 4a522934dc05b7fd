import type { z as Zod } from 'zod';
import { zod } from '../lib/lazy-modules.js';
import { parseRegex } from '../suppress/allowlist.js';

/**
 * The shape of `.phi-lint.yaml` (and .yml, .json, package.json "phi-lint").
 * Strict like the rule packs: a misspelt key in a safety tool is a setting
 * that silently does nothing. An empty key (`rules:` with every entry
 * commented out) counts as absent.
 */
/** ESLint style; "warn" is accepted for "warning". */
export const SEVERITY_SETTINGS = ['error', 'warning', 'warn', 'info', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** Built on first use: most runs have no config file and never load zod. */
function build(z: typeof Zod) {
  const optional = <T extends Zod.ZodType>(schema: T) => z.preprocess((v) => v ?? undefined, schema.optional());
  /** A single string where a list is expected is a list of one. */
  const list = <T extends Zod.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item));


  const text = z.string().min(1);
  const regex = text.superRefine((source, ctx) => {
    try {
      parseRegex(source);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}` });
    }
  });
  const ruleMap = z.record(text, z.enum(SEVERITY_SETTINGS));

  /** A bare string (or number, for phones written unquoted) is an exact value. */
  const allowEntry = z.preprocess(
    (v) => (typeof v === 'string' || typeof v === 'number' ? { value: String(v) } : v),
    z
      .strictObject({
        value: text.optional(),
        /** A regex matched against the whole matched text; `/source/flags` or bare source. */
        regex: regex.optional(),
        /** An e-mail address or URL on this domain or one of its subdomains. */
        domain: text.optional(),
        /** Only for these rules (default: every rule). */
        rules: list(text).optional(),
        /** Why the value is safe to publish; for the reader, not used. */
        note: z.string().optional(),
      })
      .refine((e) => [e.value, e.regex, e.domain].filter((x) => x !== undefined).length === 1, {
        message: 'an allow entry needs exactly one of "value", "regex" or "domain"',
      }),
  );

  const override = z.strictObject({
    /** Globs (.gitignore syntax) relative to the config file's folder. */
    files: list(text).pipe(z.array(text).min(1, 'an override needs at least one "files" glob')),
    rules: optional(ruleMap),
    allow: optional(z.array(allowEntry)),
  });

  const configSchema = z.strictObject({
    $schema: optional(z.string()),
    /** Stop looking for configs in parent folders. */
    root: optional(z.boolean()),
    /** Your own rule pack files to add (paths); the built-in packs always run. */
    extends: optional(list(text)),
    rules: optional(ruleMap),
    overrides: optional(z.array(override)),
    /** Files never linted (.gitignore syntax, relative to the config file's folder). */
    ignorePatterns: optional(list(text)),
    allow: optional(z.array(allowEntry)),
    /** Inline directives must give a reason after `--` (default true). */
    requireReason: optional(z.boolean()),
    /** YAML list of consent records, relative to the config file. */
    consentRegistry: optional(text),
    /** HMAC key for baseline entries; prefer the PHI_LINT_BASELINE_KEY variable (a committed key is only a salt). */
    baselineKey: optional(z.string().min(16, 'a baselineKey needs at least 16 characters')),
  });
  return { configSchema, allowEntry };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
export const configSchema = (): Schemas['configSchema'] => (built ??= build(zod().z)).configSchema;

export type AllowEntry = Zod.infer<Schemas['allowEntry']>;
export type ConfigData = Zod.infer<Schemas['configSchema']>;
