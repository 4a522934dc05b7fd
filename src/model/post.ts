import type { Segment } from './types.js';

/** Evidence quoted in a finding's reason. */
export interface Cue {
  word: string;
  start: number;
}

/** What one sentence says about people and care (cue offsets are sentence-relative). */
export interface SentenceCues {
  patient?: Cue;
  health?: Cue;
  personal?: Cue;
  org?: Cue;
}

/** One sentence of the post and what it says about people and care. */
export interface Sentence extends SentenceCues {
  segment: number;
  start: number;
  end: number;
  text: string;
  /** The organisation answering a person (a reply, or a post that greets someone by name). */
  reply: boolean;
  /** A review or comment by a member of the public, quoted for context. */
  public?: boolean;
}

/** The whole post as the context model reads it. */
export interface PostContext {
  segments: Segment[];
  sentences: Sentence[];
  /** The first sentence that is about a patient: the post tells a patient story. */
  story?: Sentence;
}
