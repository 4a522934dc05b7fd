import { isCommon, wordStats } from '../lexicons/stats.js';

/**
 * Handles of organisations and staff: a clinic's, a parish's, a library's, a
 * shop's, a club's, a race's or a service's ("@westside_clinic", "@stmarysparish", "@lakeshorechildlife",
 * "@greenwayrx", "@ValleyFreshMarket", "@eastsidelions", "@ironmantri"), or a clinician's by
 * title, credential or job ("@dr.jaepark.pt", "@marcus.lpc", "@rad_tech_ray"). Tagged on a post
 * about care, or writing in a thread, they are the organisation's side, not
 * a patient's.
 */
const ORG_OR_STAFF_HANDLE = /^@?(?:dr|doc|nurse)[._]?|[._](?:rt|pt|dpt|ot|atc|pa|lpc|lcsw|lmft|od|do|cna|lpn|emt|rdh|ibclc|msw|psyd|phd|cnm|crna|aprn|fnp)(?:$|[._\d])|(?:dvm|md|rn|np|dds|dmd|pharmd|rph|rx)(?:$|[._\d])|(?:^@?|[._])(?:tech|medic|doc)(?:$|[._\d])|clinic|hospital|health|pharmacy|animal|vet|welfare|rescue|shelter|foundation|county|city|dept|official|team|center|centre|care|counsel|dental|dentistry|vision|optical|imaging|radiology|diagnostic|labs?(?:$|[._])|parish|church|school|district|medical|physio|therapy|rehab|wellness|hospice|child[._]?life|centro|farmacia|salud|institute|university|college|league|ymca|society|association|network|pavilion|library|usa|coalition|alliance|council|museum|rotary|club|police|fire|recovery|services|market|grocer|bakery|brewing|brewery|coffee|fitness|athletics|sports|marathon|triathlon|ironman|turkeytrot|trot|5k|10k|halfmarathon|funrun|gala|festival|fest(?:$|[._\d])|lions|kiwanis|legion|chamber|boosters|news|radio|media|events/i;

/** "@lakeshorefertility", "@brightsmilesortho": a practice's name ending on what it does (not "@my_ivf_journey"). */
const PRACTICE_END = /(?:fertility|pediatrics|peds|dermatology|derm|medspa|aesthetics|optometry|eyecare|orthodontics|ortho|orthopedics|sportsmed|urgentcare|audiology|midwifery|maternity|obgyn|dialysis|cardiology|oncology|infusion|surgery|surgical|podiatry|chiropractic|chiro|pharm|apothecary|pediatric|familymed|familymedicine|primarycare|wellness|ambulance)(?:$|[._\d])|[._](?:ems|fd)(?:$|[._\d])/i;

/** "@summitpeakpt", "@riversidedpt": a practice's name run into its credential; not a word that ends so ("@concept"). */
const RUN_IN_CREDENTIAL = /^@?[a-z\d_.]{4,}(?:pt|dpt)$/i;

export const isOrgOrStaffHandle = (handle: string): boolean =>
  ORG_OR_STAFF_HANDLE.test(handle) || PRACTICE_END.test(handle) || (RUN_IN_CREDENTIAL.test(handle) && !isCommon(wordStats(handle.replace(/^@/, ''))));

/** A group's name before what it is: "the Millbrook Marlins 10U baseball team", "Harbor Gospel Choir". */
const NAMED_GROUP = /((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:[\p{L}\d]+\s+){0,2}?(?:team|club|league|association|band|choir|troop|squad)(?![\p{L}])/gu;
/** A handle or name as letters only, lower case: "@Millbrook_Marlins" and "Millbrook Marlins" both give "millbrookmarlins". */
export const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

/** "@MillbrookMarlins" on a post that names "the Millbrook Marlins 10U baseball team": a team's or club's own handle. */
export function handleOfNamedGroup(handle: string, segments: readonly { text: string }[]): boolean {
  const squashed = squash(handle);
  return squashed.length >= 6 && segments.some((seg) => [...seg.text.matchAll(NAMED_GROUP)].some((m) => squash(m[1]) === squashed));
}
