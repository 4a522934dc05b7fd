import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Checks the relative links of Markdown pages, as GitHub renders them: a file that exists, and a heading for a `#fragment`. */

/** The text outside fenced code blocks (a `#` line there is no heading). */
function withoutFences(markdown: string): string {
  return markdown.replace(/^ *(```|~~~)[^\n]*\n[\s\S]*?^ *\1[^\n]*$/gm, '');
}

/** The text outside code blocks and inline code, where a `[x](y)` is a link. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading's anchor in a page, with GitHub's -1, -2 suffixes for repeats. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, text] of withoutFences(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = slug(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** The relative link targets of a page (not URLs with a scheme). */
export function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** One line per link of `file` that leads nowhere. */
export function brokenLinks(file: string, markdown = readFileSync(file, 'utf8')): string[] {
  const broken: string[] = [];
  for (const link of relativeLinks(markdown)) {
    const [target, fragment] = link.split('#', 2);
    const resolved = target ? path.resolve(path.dirname(file), decodeURIComponent(target)) : file;
    if (target && !existsSync(resolved)) {
      broken.push(`${file}: ${link}: no such file`);
    } else if (fragment !== undefined && resolved.endsWith('.md') && (resolved === file || statSync(resolved).isFile())) {
      const page = resolved === file ? markdown : readFileSync(resolved, 'utf8');
      if (!anchors(page).has(fragment)) broken.push(`${file}: ${link}: no such heading`);
    }
  }
  return broken;
}
