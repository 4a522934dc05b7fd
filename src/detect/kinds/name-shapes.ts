import { statsOf } from './name-runs.js';
import { isCommon, placePopulation } from '../../lexicons/stats.js';
import { peopleCues } from '../../lexicons/people-cues.js';
import type { Match } from '../../model/types.js';
import { lazyRegex } from '../../text/lazy-regex.js';
import { findTerms } from '../../text/terms.js';
import { cueLists } from '../../lexicons/cue-lists.js';
import { allMatches } from '../../text/all-matches.js';

/** "#JaneDoe", "#PrayForJaneDoe" is not one: two capitalised words run together after a #. */
const HASHTAG = lazyRegex(() => /(?<![\p{L}\p{N}_])#(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_])/gu);
/**
 * A hashtag rallying behind one person: "#TeamBrandonBeatsHepC", "#PrayForEllie",
 * "#EllieStrong", "#GoMaya". The person is the given name in it.
 */
const SUPPORT_HASHTAG = lazyRegex(() => /(?<![\p{L}\p{N}_])#(?:(?:Team|PrayFor|PrayingFor|PrayersFor|Prayers4|Pray4|StandWith|LoveFor|Go|Justice4|JusticeFor)(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)(?:Strong|Warrior|Fights|Beats|Gets|Army|Tough|Brave|Nation|Journey|Squad))[\p{L}\p{N}_]*/gu);

/** "LINDQVIST, ANNA" on a label, wristband or screenshot: a surname, a comma, a given name, in capitals. */
const LAST_FIRST_CAPS = lazyRegex(() => /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'’-]+),\s*(\p{Lu}[\p{Lu}'’-]+)(?![\p{L}\p{N}])/gu);
/** "KOWALCZYK, T. - Rx 6621904": a surname and an initial, in capitals, before a record label. */
const LAST_INITIAL_CAPS = lazyRegex(() => /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'’-]{2,}),\s*\p{Lu}\.(?![\p{L}\p{N}])/gu);
/** "R. OKONKWO – METFORMIN 500MG" on a pharmacy bag, "labeled J. MARSH": an initial and a surname in capitals, on a label. */
const INITIAL_LAST_CAPS = lazyRegex(() => /(?<![\p{L}\p{N}])\p{Lu}\.\s?(\p{Lu}[\p{Lu}'’-]{2,})(?![\p{L}\p{N}])/gu);
const LABELED_BEFORE = lazyRegex(() => /(?<![\p{L}])(?:labell?ed|label reads|label says|label:|name on it|tagged)\s*$/iu);
const DOSE_AFTER = lazyRegex(() => /^\s*[-–—:|,]\s*[\p{Lu}\d .-]{3,40}?\d+\s?(?:MG|MCG|ML|mg|mcg|ml|IU|UNITS)(?![\p{L}])/u);
/** "Rm 602 KOWALSKI", "Bed 4 TRAN" on a unit's patient board: a room or bed, then a surname in capitals. */
const ROOM_THEN_CAPS = lazyRegex(() => /(?<![\p{L}\p{N}])(?:Rm|Room|Bed|RM|ROOM|BED)\.?\s*#?\d{1,4}[A-Za-z]?\s+(\p{Lu}[\p{Lu}'’-]{2,})(?![\p{L}\p{N}])/gu);
/** "MARCUS J BELL" on a benefit card or an ID: a given name, a middle initial, a surname, in capitals. */
const FIRST_INITIAL_LAST_CAPS = lazyRegex(() => /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'’-]+) \p{Lu}\.? (\p{Lu}[\p{Lu}'’-]+)(?![\p{L}\p{N}])/gu);
/** "100 YEARS OF MISS HAZEL", "MR. OKAFOR": a courtesy title and a name, in capitals (a story's frame text, a banner). */
const TITLE_NAME_CAPS = lazyRegex(() => /(?<![\p{L}\p{N}])(?:MISS|MRS|MR|MS)\.? (\p{Lu}[\p{Lu}'’-]{2,})(?![\p{L}\p{N}])/gu);

const firstName = (word: string) => statsOf(word).first >= 200;
/** "#JessicasNewSmile", "#LukesLastChemo": a given name with a possessive "s", then what is theirs. */
const POSSESSIVE_TAG = String.raw`#(\p{Lu}\p{Ll}+)s((?:\p{Lu}\p{Ll}+){1,5})`;
const POSSESSIVE_HASHTAG = lazyRegex(() => new RegExp(`(?<![\\p{L}\\p{N}_])${POSSESSIVE_TAG}(?![\\p{L}\\p{N}_])`, 'gu'));
const WHOLE_POSSESSIVE_HASHTAG = lazyRegex(() => new RegExp(`^${POSSESSIVE_TAG}$`, 'u'));
/** The given name is a name and no word, and with its "s" neither a name nor a word ("#JamesRiver", "#ThanksGiving" are not). */
const possessiveName = (given: string) => firstName(given) && !isCommon(statsOf(given)) && !firstName(`${given}s`) && !isCommon(statsOf(`${given}s`)) && placePopulation(given) < 100_000;
/** What a possessive hashtag owns that makes it a business or a holiday: "#TonysPizza", "#JoesDiner", "#ValentinesDay". */
const PLACE_OR_DAY = new Set(['day', 'eve', 'night', 'week', 'pizza', 'pizzeria', 'diner', 'cafe', 'bakery', 'tacos', 'burgers', 'bbq', 'bar', 'grill', 'kitchen', 'shop', 'store', 'market', 'garage', 'salon', 'pub', 'deli', 'place', 'restaurant', 'farm', 'auto']);
const ownsPlaceOrDay = (owned: string) => (owned.match(/\p{Lu}\p{Ll}+/gu) ?? []).some((w) => PLACE_OR_DAY.has(w.toLowerCase()) || peopleCues().orgWords.has(w.toLowerCase()));
/** "#QuinceDeDanielaR", "#TeamMayaK": a hashtag that ends on a given name and the initial of a surname. */
const NAME_INITIAL_HASHTAG = lazyRegex(() => /(?<![\p{L}\p{N}_])#(?:\p{Lu}\p{Ll}+)*?(\p{Lu}\p{Ll}+)\p{Lu}(?![\p{L}\p{N}_])/gu);
/** A hashtag of capitalised words run together. */
const LONG_HASHTAG = lazyRegex(() => /(?<![\p{L}\p{N}_])#((?:\p{Lu}\p{Ll}+){3,8})(?![\p{L}\p{N}_])/gu);
/** Words that make a hashtag's name an organisation's or a place's ("#HospitalSanRafael"). */
const ORG_HASHTAG_WORDS = new Set(['hospital', 'clinic', 'clinica', 'health', 'medical', 'center', 'centre', 'pharmacy', 'dental', 'county', 'city', 'school', 'church', 'foundation', 'hospice', 'university', 'college', 'park', 'district']);
/** A given name that is no everyday word, then a surname: "Walter Pike", not "Honor Veterans". */
const namePair = (given: string, family: string) =>
  firstName(given) && !isCommon(statsOf(given)) && placePopulation(given) < 100_000 && statsOf(family).sur >= 1000 && !isCommon(statsOf(family));

/** The hashtag's given name is a person's: "#BostonStrong", "#AustinStrong" is a city rallying. */
const rallies = (m: RegExpMatchArray) => {
  const given = m[1] ?? m[2];
  // "#TeamTuesday", "#TeamJune": a weekday or month is no one.
  // Prayers are for a person when the word is far more a name than a word ("#PrayersForPaisley", not "#PrayForPeace").
  const s = statsOf(given);
  const prayer = /^#(?:Pray|Prayers)/u.test(m[0]) && s.first >= 20 * s.common;
  // A city rallies when it is large for how common the name is: "#BostonStrong", not "#TeamBrandon".
  return firstName(given) && (prayer || !isCommon(s)) && placePopulation(given) < Math.max(100_000, s.first / 2) && !peopleCues().stopWords.has(given.toLowerCase());
};

const WHOLE_SUPPORT_HASHTAG = lazyRegex(() => new RegExp(`^(?:${SUPPORT_HASHTAG().source})$`, 'u'));
/** Whether a found name is a hashtag rallying behind one person ("#TeamMarcusBeatsHepC"): about their care. */
export function isSupportHashtag(tag: string): boolean {
  const m = tag.startsWith('#') ? WHOLE_SUPPORT_HASHTAG().exec(tag) : null;
  return (m !== null && rallies(m)) || namedCareHashtag(tag) || possessiveCareHashtag(tag);
}

/** "#LukesLastChemo": a given name's own care. */
function possessiveCareHashtag(tag: string): boolean {
  const m = WHOLE_POSSESSIVE_HASHTAG().exec(tag);
  if (!m || !possessiveName(m[1])) return false;
  const rest = (m[2].match(/\p{Lu}\p{Ll}+/gu) ?? []).join(' ').toLowerCase();
  return findTerms(rest, cueLists().health, 1).length > 0;
}

/** "#AvaLindgrenBracesOff", "#ForeverInOurHeartsWalterPike": a person's name with their care or their memorial. */
function namedCareHashtag(tag: string): boolean {
  const words = tag.startsWith('#') ? (tag.slice(1).match(/\p{Lu}\p{Ll}+/gu) ?? []) : [];
  const at = words.findIndex((w, i) => i + 1 < words.length && namePair(w, words[i + 1]) && !titled(words, i));
  if (at < 0 || words.length < 3) return false;
  const rest = [...words.slice(0, at), ...words.slice(at + 2)].join(' ').toLowerCase();
  return MEMORIAL().test(rest) || findTerms(rest, cueLists().health, 1).length > 0;
}
const MEMORIAL = lazyRegex(() => /(?:^|\s)(?:forever in our hearts|in memory of|in loving memory|rest in peace|rip|remembering|gone too soon)(?:\s|$)/);
/** "#MeetDrJamesCole": a title right before the name makes it staff's. */
const titled = (words: string[], i: number) => i > 0 && peopleCues().staffTitles.has(words[i - 1].toLowerCase());
const surnameOrUnknown = (word: string) => {
  const s = statsOf(word);
  return !isCommon(s) || s.sur >= 1000;
};
/** A record label printed after the name: "DOB 03/14/1951", "MRN 00482913", "Member ID ...". */
const RECORD_LABEL_AFTER = lazyRegex(() => /^[\s,;:|/-]{0,4}(?:DOB|D\.O\.B\.?|MRN|ACC#?|ACCT|Member|ID|Rx|Room|Rm|Bed)(?![\p{L}])/iu);
/** A surname that is also a common word ("YOUNG", "WHITE", "YOU") needs the label to be a name. */
const labelSurname = (word: string, after: string) => !isCommon(statsOf(word)) || RECORD_LABEL_AFTER().test(after);
/** "BRENNAN" and "GARCIA" are given names too, but far more often surnames. */
const mostlySurname = (word: string) => {
  const s = statsOf(word);
  return s.sur > 0 && s.sur >= s.first;
};

/**
 * Names written in the shapes the word tables cannot see in running text: a
 * hashtag that is a first and last name ("#JaneDoe"), an ALL-CAPS "LAST,
 * FIRST" as printed on a label or a wristband, and a surname after a room on a
 * patient board ("Rm 602 KOWALSKI"). The span is the name itself.
 */
export function shapedNames(text: string): Match[] {
  const out: Match[] = [];
  if (text.includes('#')) {
    for (const m of allMatches(text, SUPPORT_HASHTAG())) if (rallies(m)) out.push({ start: m.index!, end: m.index! + m[0].length });
    for (const m of allMatches(text, HASHTAG())) {
      if (out.some((o) => o.start === m.index!)) continue;
      if (placePopulation(m[1]) >= 100_000) continue;
      // "#LaneCounty", "#MercyHospital": a place or an organisation, by its last word.
      if (peopleCues().orgWords.has(m[2].toLowerCase())) continue;
      // "#HarborTown", "#RiverValley": a last word more an everyday word than a surname makes a place or a slogan.
      const family = statsOf(m[2]);
      if (isCommon(family) && family.common >= family.sur) continue;
      if (firstName(m[1]) && surnameOrUnknown(m[2]) && family.sur > 0) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
    for (const m of allMatches(text, POSSESSIVE_HASHTAG())) {
      if (!out.some((o) => o.start === m.index!) && possessiveName(m[1]) && !ownsPlaceOrDay(m[2])) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
    for (const m of allMatches(text, NAME_INITIAL_HASHTAG())) {
      if (!out.some((o) => o.start === m.index!) && possessiveName(m[1])) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
    // "#ForeverInOurHeartsWalterPike", "#AvaLindgrenBracesOff": a given name and a surname inside a longer hashtag.
    for (const m of allMatches(text, LONG_HASHTAG())) {
      if (out.some((o) => o.start === m.index!)) continue;
      const words = m[1].match(/\p{Lu}\p{Ll}+/gu) ?? [];
      // "#HospitalSanRafael", "#StJudeChildrensHospital": a name that belongs to an organisation word around it.
      const ofOrg = (i: number) => [words[i - 1], words[i + 2]].some((w) => w !== undefined && ORG_HASHTAG_WORDS.has(w.toLowerCase()));
      if (words.length > 2 && words.some((w, i) => i + 1 < words.length && namePair(w, words[i + 1]) && !titled(words, i) && !ofOrg(i))) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  if (/\p{Lu}{2,}[, ]/u.test(text)) {
    for (const m of allMatches(text, LAST_FIRST_CAPS())) {
      if (firstName(m[2]) && surnameOrUnknown(m[1]) && (!firstName(m[1]) || mostlySurname(m[1])) && labelSurname(m[1], text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
    for (const m of allMatches(text, LAST_INITIAL_CAPS())) {
      const end = m.index! + m[0].length;
      if (surnameOrUnknown(m[1]) && !firstName(m[1]) && RECORD_LABEL_AFTER().test(text.slice(end, end + 12))) out.push({ start: m.index!, end });
    }
    for (const m of allMatches(text, INITIAL_LAST_CAPS())) {
      const end = m.index! + m[0].length;
      const labeled = LABELED_BEFORE().test(text.slice(Math.max(0, m.index! - 20), m.index!)) || DOSE_AFTER().test(text.slice(end, end + 50));
      if (labeled && surnameOrUnknown(m[1]) && !firstName(m[1]) && statsOf(m[1]).sur > 0) out.push({ start: m.index!, end });
    }
    for (const m of allMatches(text, ROOM_THEN_CAPS())) {
      const start = m.index! + m[0].length - m[1].length;
      if (surnameOrUnknown(m[1]) && statsOf(m[1]).sur > 0) out.push({ start, end: start + m[1].length });
    }
    for (const m of allMatches(text, TITLE_NAME_CAPS())) {
      const s = statsOf(m[1]);
      if ((firstName(m[1]) || s.sur >= 1000) && !isCommon(s)) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
    for (const m of allMatches(text, FIRST_INITIAL_LAST_CAPS())) {
      if (firstName(m[1]) && !isCommon(statsOf(m[1])) && surnameOrUnknown(m[2]) && statsOf(m[2]).sur > 0) out.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  return out;
}
