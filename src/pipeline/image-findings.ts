import type { CompiledRule, Hit } from '../model/rule.js';
import type { Finding, Segment } from '../model/types.js';
import { RANK } from '../model/findings.js';

/**
 * The rule a finding read inside an image is reported under: the image rule
 * itself for a GPS tag or a face; for text and metadata, `images/text` or
 * `images/metadata` (whichever rule reads them in this run), so a team can
 * switch image text off or tune it without touching the identifier rules.
 * Undefined when that rule is off.
 */
export function imageRuleFor(hit: Hit, seg: Segment, rules: CompiledRule[]): CompiledRule | undefined {
  if (hit.rule.spec.detector === 'image') return hit.rule;
  const reads = seg.kind === 'image-text' ? 'text' : 'metadata';
  return rules.find((r) => r.spec.detector === 'image' && r.spec.reads === reads);
}

/**
 * Says what was read where: "In this image, the text at top left reads
 * "00482913"." The quoted part is the finding's own text, so masking hides it.
 * The image's path is not named (a file name can be a patient's name): the
 * finding sits on the post's reference to it.
 */
export function imageMessage(base: string, seg: Segment, text: string): string {
  const where = seg.image!.where;
  if (seg.kind === 'image-face') return `${base} In this image: ${where}.`;
  return `${base} In this image, ${where} reads "${text}".`;
}

/**
 * One finding per reference, place in the image and text read there: two rules
 * that find the same record number on a label are one finding (the most
 * severe); the same name in two metadata fields is two.
 */
export function uniqueImageFindings(found: { finding: Finding; where: string }[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const { finding: f, where } of found) {
    const key = `${f.ruleId}\0${f.category}\0${f.offset}\0${where}\0${f.text}`;
    const prev = kept.get(key);
    if (!prev || RANK[f.severity] > RANK[prev.severity]) kept.set(key, f);
  }
  return [...kept.values()];
}
