import type { CompiledRule } from '../detectors/types.js';
import type { Segment, Severity } from '../types.js';
import { findCues, type Cue } from './cues.js';
import { splitSentences, type Span } from './sentences.js';

/** A detector hit in segment coordinates, before severity is decided. */
export interface Hit {
  rule: CompiledRule;
  segment: number;
  start: number;
  end: number;
}

export interface Decision {
  severity: Severity | 'off';
  reason?: string;
}

/**
 * Decides each hit's severity from its context (DESIGN.md, decision model):
 * direct identifiers keep their rule severity; person-linked ones are errors
 * only when their sentence, or the post, ties them to a patient.
 */
export function decide(hits: Hit[], segments: Segment[]): Decision[] {
  const sentences = new Map<number, { span: Span; cues: Cue[] }[]>();
  const sentencesOf = (i: number) => {
    let s = sentences.get(i);
    if (!s) {
      const text = segments[i].text;
      s = splitSentences(text).map((span) => ({ span, cues: findCues(text.slice(span.start, span.end)) }));
      sentences.set(i, s);
    }
    return s;
  };
  let postCue: Cue | undefined | null = null;
  const postPatientCue = () => {
    if (postCue === null) {
      postCue = segments.flatMap((_, i) => sentencesOf(i)).flatMap((s) => s.cues).find((c) => c.kind === 'patient');
    }
    return postCue;
  };

  return hits.map((hit) => {
    const spec = hit.rule.spec;
    if (spec.link === 'direct') return { severity: spec.severity };
    const sentence = sentencesOf(hit.segment).find((s) => hit.start >= s.span.start && hit.start < s.span.end);
    const cue = sentence?.cues[0];
    if (cue) return { severity: spec.severity, reason: `${cue.kind === 'patient' ? 'about a patient' : 'next to health details'}: "${cue.word}" in the same sentence` };
    const post = postPatientCue();
    if (post) return { severity: spec.severity, reason: `the post is about a patient ("${post.word}")` };
    return { severity: spec.unlinked as Severity | 'off', reason: 'no patient link found' };
  });
}
