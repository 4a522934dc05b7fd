import type { MediaRuleSpec } from '../../model/rule-spec.js';
import type { Match, Segment } from '../../model/types.js';
import type { RegexEngine } from '../../text/regex.js';
import { makeFilter } from '../../text/words.js';
import { allMatches } from '../../text/all-matches.js';

/**
 * Photos and videos: the finding sits on the image reference (its URL or
 * path), so the post's author sees which picture needs consent. Parsed
 * sources say it by segment (a Markdown/HTML image URL, a JSON or front-matter
 * value under an "image"-like key); plain text and code are searched for
 * Markdown images, <img> tags, "image": "..." pairs and image file links.
 */
const ALT_KEYS = new Set(['alt', 'caption', 'title', 'description', 'credit', 'type', 'width', 'height', 'mime', 'mimetype']);

export function compileMedia(spec: MediaRuleSpec, engine: RegexEngine): (text: string, segment?: Segment) => Match[] {
  const keys = new Set(spec.keys.map((k) => k.toLowerCase()));
  const ext = spec.extensions.join('|');
  const keyAlt = spec.keys.map((k) => k.replace(/[^\w-]/g, '')).join('|');
  // Each search runs only when its cheap gate finds what every match must contain:
  // scanning for "![", "<img", a quote or ".jpg" is far faster than the full pattern at every word.
  const inText: Search[] = [
    { gate: /!\[/, re: /!\[[^\]\n]*\]\(\s*<?(?<ref>[^)\s>]+)/g },
    { gate: /<img/i, re: /<img\b[^>]*?\bsrc\s*=\s*["']?(?<ref>[^"'\s>]+)/gi },
    { gate: /"/, re: new RegExp(`"(?:${keyAlt})"\\s*:\\s*"(?<ref>[^"\\n]+)"`, 'gi') },
    {
      gate: new RegExp(`\\.(?:${ext})(?![\\w])`, 'i'),
      re: new RegExp(`(?<![\\w./%-])(?<ref>(?:https?://)?[\\w./%~-]+\\.(?:${ext})(?:\\?[^\\s)"'<>]*)?)(?![\\w])`, 'gi'),
    },
  ];
  const accept = makeFilter(spec, engine);
  const isReference = (v: string) => /^(?:https?:|data:image\/|\.{0,2}\/)|[/.]/.test(v) && !/\s/.test(v.trim());

  const bySegment = (text: string, seg: Segment): Match[] | undefined => {
    if (seg.kind === 'image-url') return [whole(text)];
    if (seg.kind !== 'json-string' && seg.kind !== 'frontmatter') return undefined;
    const path = (seg.pointer ?? seg.key ?? '').split(/[/.]/).map((p) => p.toLowerCase());
    if (!path.some((p) => keys.has(p))) return undefined;
    const last = (seg.key ?? path[path.length - 1]).split('.').pop()!.toLowerCase();
    return !ALT_KEYS.has(last) && isReference(text) ? [whole(text)] : [];
  };

  return (text, seg) => {
    if (seg?.kind === 'image-alt') return [];
    const found = (seg && bySegment(text, seg)) ?? searchText(text, inText);
    return found.filter((m) => m.end > m.start && accept(text, m));
  };
}

function whole(text: string): Match {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

interface Search {
  gate: RegExp;
  re: RegExp;
}

function searchText(text: string, searches: Search[]): Match[] {
  const out: Match[] = [];
  for (const { gate, re } of searches) {
    if (!gate.test(text)) continue;
    for (const m of allMatches(text, re)) {
      const ref = m.groups!.ref;
      const start = m.index! + m[0].lastIndexOf(ref);
      if (!out.some((o) => o.start < start + ref.length && start < o.end)) out.push({ start, end: start + ref.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
