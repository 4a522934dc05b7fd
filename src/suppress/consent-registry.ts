import type { z as Zod } from 'zod';
import { zod } from '../lib/lazy-modules.js';
import { LocatedDoc, readSettingsFile } from '../packs/located-doc.js';
import { LocatedError } from '../lib/errors.js';
import { CONTENT_CATEGORIES, PHI_CATEGORIES } from '../model/types.js';

/**
 * Direct identifiers never belong in a marketing post (DESIGN.md, decision
 * model 2), so no consent record can cover them.
 */
export const NEVER_COVERED = ['ssn', 'mrn', 'health-plan', 'account', 'license', 'vehicle', 'device'] as const;
/** Built on first use: only runs with a consent registry load zod. */
function build(z: typeof Zod) {
  const category = z.string().superRefine((c, ctx) => {
    if ((NEVER_COVERED as readonly string[]).includes(c)) ctx.addIssue({ code: 'custom', message: `"${c}" is a direct identifier: no consent can cover it` });
    else if ((CONTENT_CATEGORIES as readonly string[]).includes(c)) ctx.addIssue({ code: 'custom', message: `"${c}" is not health information about a person: no consent can cover it` });
    // Not quoted: a value typed in the wrong place may be a patient's name.
    else if (!(PHI_CATEGORIES as readonly string[]).includes(c)) ctx.addIssue({ code: 'custom', message: `unknown category (one of: ${PHI_CATEGORIES.join(', ')})` });
  });

  const isoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'write the date as YYYY-MM-DD', abort: true })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

  const record = z.strictObject({
    /** What posts write in their `consent:` field, e.g. AUTH-2026-014. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a consent id is letters, digits, ".", "_" and "-"'),
    /** Who gave it; kept in the registry only, never printed. */
    subject: z.string().min(1),
    covers: z
      .strictObject({
        categories: z.array(category).optional(),
        /** Exact values the person agreed to publish (compared like allowlist values). */
        values: z.array(z.union([z.string().min(1), z.number()]).transform(String)).optional(),
      })
      .refine((c) => (c.categories?.length ?? 0) + (c.values?.length ?? 0) > 0, 'a consent must cover at least one category or value'),
    /** Last day the consent is valid. */
    expires: isoDate,
    note: z.string().optional(),
  });
  return z.array(record);
}
let registrySchema: ReturnType<typeof build> | undefined;

export type ConsentRecord = Zod.infer<ReturnType<typeof build>>[number];
export type ConsentRegistry = Map<string, ConsentRecord>;

/** Parses a registry (a YAML list of records) strictly; problems are `registry.yaml:line:col: ...`. */
export function parseConsentRegistry(text: string, display: string): ConsentRegistry {
  // Keys are not quoted in problems: a misplaced key here may be a patient's name.
  const doc = new LocatedDoc(text, display, [], false);
  const records = doc.parse((registrySchema ??= build(zod().z)), []);
  const registry: ConsentRegistry = new Map();
  records?.forEach((r, i) => {
    if (registry.has(r.id)) doc.problem([i, 'id'], `duplicate consent id "${r.id}"`);
    registry.set(r.id, r);
  });
  if (doc.problems.length) throw new LocatedError(doc.problems);
  return registry;
}

export function loadConsentRegistry(file: string, display: string): ConsentRegistry {
  return parseConsentRegistry(readSettingsFile(file, display, 'consent registry'), display);
}
