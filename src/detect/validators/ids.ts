import { isIPv6 } from 'node:net';
import { loadList } from '../../lexicons/files.js';
import { commonWords, foldWord, surnames } from '../../lexicons/stats.js';

/** Validators for identifiers that need data or a library rather than a checksum. */
let restricted: Set<string> | undefined;

/** A ZIP code or 3-digit prefix in an area of 20,000 people or fewer (HHS 2000 list plus the 2010 update). */
export function restrictedZip3(text: string): boolean {
  restricted ??= new Set([...loadList('restricted-zip3'), ...loadList('restricted-zip3-2010')]);
  const d = /\d{3}/.exec(text);
  return !!d && restricted.has(d[0]);
}

/** An IPv6 address with at least three groups (so "10:30" and "1:2" are not). */
export function ipv6(text: string): boolean {
  return (text.match(/:/g)?.length ?? 0) >= 2 && /[\da-f]{2}/i.test(text) && isIPv6(text);
}

/** GS1 mod-10 check digit of a GTIN-8/12/13/14 (the device identifier in a UDI). */
export function gtin(text: string): boolean {
  const d = (/(?:\(01\)|\b01)?(\d{14}|\d{13}|\d{12}|\d{8})\b/.exec(text.replace(/[\s-]/g, ''))?.[1]) ?? '';
  if (!d) return false;
  let sum = 0;
  for (let i = 0; i < d.length - 1; i++) sum += Number(d[d.length - 2 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(d[d.length - 1]);
}

/** A Census surname that is not also a common English word ("Haddad", not "Young"). */
export function surname(text: string): boolean {
  const key = foldWord(text.trim().replace(/['’]s$/, ''));
  return surnames().get(key) >= 100 && commonWords().get(key) === 0;
}
