import type { z as Zod } from 'zod';
import { zod } from '../lib/lazy-modules.js';

/** Named validators a pattern rule can require (detect/validators/ implements each). */
export const VALIDATOR_NAMES = [
  'ssn', 'luhn', 'npi', 'dea', 'vin', 'ipv4', 'phone', 'not-a-valid-phone', 'mbi', 'date',
  'age-over-89', 'restricted-zip3', 'ipv6', 'gtin', 'surname', 'medicine',
] as const;
export type ValidatorName = (typeof VALIDATOR_NAMES)[number];

/** What an `image` rule reads inside an image, and the segment kind that holds it. */
export const IMAGE_READS = ['gps', 'face', 'text', 'metadata'] as const;
export type ImageReads = (typeof IMAGE_READS)[number];
export const IMAGE_SEGMENT_KIND = { gps: 'image-gps', face: 'image-face', text: 'image-text', metadata: 'image-meta' } as const;

/**
 * The shape of a rule pack. Everything is strict: an unknown key is far more
 * often a typo ("noMatches") than an extension, and a silently ignored key in
 * a safety tool is a rule that never runs.
 */
/** Built on first use: zod costs ~60 ms to load, and the built-in packs come precompiled (dist/builtin-data.json). */
function build(z: typeof Zod) {
  const severity = z.enum(['error', 'warning', 'info']);

  const examples = z.strictObject({
    match: z.array(z.string()).min(1, 'a rule needs at least one "match" example'),
    noMatch: z.array(z.string()).min(1, 'a rule needs at least one "noMatch" example'),
  });

  const nearWords = z.strictObject({
    near: z.array(z.string().min(1)).min(1),
    /** Characters searched on each side of the match. */
    window: z.number().int().positive().max(400).default(40),
    /** Search only the match's own sentence (the window stops at ".", "!", "?" and line breaks). */
    sentence: z.boolean().default(false),
    /** Words that cancel the near words in the same window ("call you at" makes "appointments" no sign of the office line). */
    unless: z.array(z.string().min(1)).min(1).optional(),
  });

  /** Segment kinds (e.g. "frontmatter") and JSON/front-matter keys (e.g. "date", "author") a rule never scans. */
  const skipSegments = z.strictObject({
    kinds: z.array(z.string().min(1)).optional(),
    keys: z.array(z.string().min(1)).optional(),
  });

  const base = {
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, 'rule ids are lower-case words joined by "-" and "/", e.g. "identifiers/mrn"'),
    category: z.string().regex(/^[a-z][a-z-]*$/, 'a category is a lower-case word such as "mrn"'),
    severity,
    /** What was found, in a few words ("Medical record number"): the one line human reports print; `message` is the guidance. */
    title: z.string().min(1).max(80, 'a title is a few words (at most 80 characters); the guidance belongs in "message"').optional(),
    message: z.string().min(1),
    description: z.string().optional(),
    /** direct: reported at `severity` wherever it appears; person: `severity` only when tied to a patient. */
    link: z.enum(['direct', 'person']).default('direct'),
    /** Severity of a person-linked finding with no patient link ("off" drops it). */
    unlinked: z.enum(['error', 'warning', 'info', 'off']).default('warning'),
    /** Cheap prefilter: skip the rule unless one of these appears (case-insensitive). */
    keywords: z.array(z.string().min(1)).optional(),
    /** Regexes; a match that matches one of them entirely is not reported. */
    exceptions: z.array(z.string()).optional(),
    /** Words that, near the match, mean it is something else ("order #", "version"). */
    exclude: nearWords.optional(),
    /**
     * Words that mark the organisation's own site or event near the match ("our clinic", "hours"):
     * such a match is reported only when its own sentence is about a particular patient.
     */
    ownPlace: nearWords.optional(),
    /**
     * The match may name the organisation that sends the post (as its sender field, hashtag, handle or web
     * domain writes it): then it is the organisation's own site, reported only as where a particular patient was cared for.
     */
    senderName: z.boolean().default(false),
    /** The match says where one person stays (a room, a bed): a person's name in its sentence makes both a patient's. */
    locatesPerson: z.boolean().default(false),
    skipSegments: skipSegments.optional(),
    examples,
  };

  const pattern = z.strictObject({
    ...base,
    detector: z.literal('pattern'),
    patterns: z.array(z.string().min(1)).min(1),
    ignoreCase: z.boolean().default(false),
    /** Report this capture group instead of the whole match. */
    group: z.union([z.number().int().min(0), z.string()]).optional(),
    validators: z.array(z.enum(VALIDATOR_NAMES)).optional(),
    /** At least one of these words must be near the match. */
    context: nearWords.optional(),
  });

  const lexicon = z.strictObject({
    ...base,
    detector: z.literal('lexicon'),
    terms: z.array(z.string().min(1)).optional(),
    /** Built-in word lists shipped in data/ (e.g. "first-names"). */
    lists: z.array(z.string().min(1)).optional(),
    /** Default: lower-case terms match any case, others match exactly. */
    caseSensitive: z.boolean().optional(),
    context: nearWords.optional(),
  });

  const entity = z.strictObject({
    ...base,
    detector: z.literal('entity'),
    entity: z.enum(['person', 'place', 'date']),
    context: nearWords.optional(),
  });

  /** Person names from the first-name, surname and common-word tables, titles, initials and cues (see detectors/name.ts). */
  const name = z.strictObject({
    ...base,
    detector: z.literal('name'),
    /** Find lower-case names ("patient luis ortega") instead of capitalised ones; pair it with `context`. */
    lowercase: z.boolean().default(false),
    context: nearWords.optional(),
  });

  /** Cities and towns from the US places gazetteer (see detectors/place.ts). */
  const place = z.strictObject({
    ...base,
    detector: z.literal('place'),
    context: nearWords.optional(),
  });

  /** Phone numbers found and validated by libphonenumber-js (see detectors/phone.ts). */
  const phone = z.strictObject({
    ...base,
    detector: z.literal('phone'),
    /** Also report 7-digit local numbers ("555-0148") right after "call", "text", "phone" and the like. */
    local: z.boolean().default(false),
    /** Report toll-free numbers (800, 888, ...), which belong to organisations, too. */
    tollFree: z.boolean().default(false),
    context: nearWords.optional(),
  });

  /** Image and video references: Markdown and HTML images, JSON/front-matter image fields (see detectors/media.ts). */
  const media = z.strictObject({
    ...base,
    detector: z.literal('media'),
    /** JSON/front-matter keys (anywhere in the pointer) whose values are images ("image", "photo"). */
    keys: z.array(z.string().min(1)).min(1),
    /** File extensions that make a link an image or video ("jpg", "mp4"). */
    extensions: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  });

  /**
   * What phi-lint reads inside a post's images (see detect/kinds/image.ts): `gps`, the position tag;
   * `face`, a face of at least `minFaceSize` pixels; `text` and `metadata` report, under this rule's id,
   * what the other rules find in the image's text (OCR) or its metadata fields.
   */
  const image = z.strictObject({
    ...base,
    detector: z.literal('image'),
    reads: z.enum(IMAGE_READS),
    minFaceSize: z.number().int().positive().default(24),
  });

  /** Quasi-identifiers: health content about one person plus a detail that singles them out. */
  const combo = z.strictObject({
    ...base,
    detector: z.literal('combo'),
    /** Named groups of regexes (case-insensitive); each match is a singling-out detail. */
    details: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    /** Words that single a person out only together with a specific age ("a 41-year-old firefighter"). */
    withAge: z.array(z.string().min(1)).default([]),
  });

  /** Replies and posts that confirm someone is a patient or discuss their care. */
  const relationship = z.strictObject({
    ...base,
    detector: z.literal('relationship'),
    /** Regexes (case-insensitive) that confirm care wherever they appear. */
    confirm: z.array(z.string().min(1)).min(1),
    /** Regexes that confirm care only inside a reply ("your visit"). */
    inReply: z.array(z.string().min(1)).default([]),
  });

  /** The care detail of a patient's story: the condition or treatment told of one person (no settings of its own). */
  const careDetail = z.strictObject({
    ...base,
    detector: z.literal('care-detail'),
  });

  /**
   * A finding a step of the run makes, not a reading of the text: approval/missing (src/approvals/).
   * Its `examples` are posts that need an approval under `requireApproval: warnings` (match) or not (noMatch).
   */
  const approval = z.strictObject({
    ...base,
    detector: z.literal('approval'),
  });

  const ruleSchema = z.discriminatedUnion('detector', [pattern, lexicon, entity, name, place, phone, media, image, combo, relationship, careDetail, approval]);

  const packSchema = z.strictObject({
    name: z.string().optional(),
    description: z.string().optional(),
    /** Extra categories a non-PHI pack introduces (e.g. "medical-advice"). */
    categories: z.array(z.string().regex(/^[a-z][a-z-]*$/)).optional(),
    rules: z.array(z.unknown()),
  });
  return { ruleSchema, packSchema, pattern, lexicon, entity, nearWords, name, place, phone, media, image, skipSegments, combo, relationship, careDetail };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= build(zod().z));

/** The rule and pack schemas, validated with `.parse` / `.safeParse` as zod schemas are. */
export const ruleSchema = {
  /** The zod schema itself (for the keys a rule may have, in "did you mean" messages). */
  schema: () => schemas().ruleSchema,
  parse: (data: unknown) => schemas().ruleSchema.parse(data),
  safeParse: (data: unknown) => schemas().ruleSchema.safeParse(data),
};
export const packSchema = {
  schema: () => schemas().packSchema,
  safeParse: (data: unknown) => schemas().packSchema.safeParse(data),
};

export type RuleSpec = Zod.infer<Schemas['ruleSchema']>;
export type PatternRuleSpec = Zod.infer<Schemas['pattern']>;
export type LexiconRuleSpec = Zod.infer<Schemas['lexicon']>;
export type EntityRuleSpec = Zod.infer<Schemas['entity']>;
export type NearWords = Zod.infer<Schemas['nearWords']>;
export type NameRuleSpec = Zod.infer<Schemas['name']>;
export type PlaceRuleSpec = Zod.infer<Schemas['place']>;
export type PhoneRuleSpec = Zod.infer<Schemas['phone']>;
export type MediaRuleSpec = Zod.infer<Schemas['media']>;
export type ImageRuleSpec = Zod.infer<Schemas['image']>;
export type SkipSegments = Zod.infer<Schemas['skipSegments']>;
export type ComboRuleSpec = Zod.infer<Schemas['combo']>;
export type RelationshipRuleSpec = Zod.infer<Schemas['relationship']>;
export type CareDetailRuleSpec = Zod.infer<Schemas['careDetail']>;
