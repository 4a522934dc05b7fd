import type { Segment } from '../model/types.js';
import { lazyRegex } from '../text/lazy-regex.js';

/**
 * A veterinary practice's post: it speaks of animals and says it is a vet's
 * ("Dr. Haines, DVM", "#VetRehab", "TPLO", "spay", "🐾"). There the care told
 * is the animals' ("Dr. Haines says he's officially the most dramatic patient
 * of the spring", "thanks for being the best rehab coach"), unless a sentence
 * tells of a person's own care ("her own hip surgery", "a seizure-alert dog
 * for Amy"): posts-dev labels a pet's care, with its owner named, as no one's
 * health information.
 */
const VET_MARKER = lazyRegex(() => /(?<![\p{L}])(?:vets?|veterinary|veterinarians?|dvm|vmd|animal hospital|animal clinic|pet clinic|pet hospital|tplo|spay(?:ed)?|neuter(?:ed)?|vetrehab|vetmed|vetlife|vettech)(?![\p{L}])|🐾|\.dvm|_dvm|vet(?=[._])|(?<=[@#][\w.]*)vet(?![\p{L}])/iu);

/** A person's own care in a vet's post: their own, a service animal's person, someone admitted or in treatment. */
const HUMAN_CARE = lazyRegex(() => /(?<![\p{L}])(?:her own|his own|their own|herself|himself|themselves|was admitted|was hospitali[sz]ed|is in the hospital|in hospice|service dog|guide dog|alert dog|assistance dog|seeing[- ]eye|handler|lost (?:her|his) (?:sight|hearing)|bitten|biting|bites|mauled|scratched|kicked|trampled|stung|bit (?:him|her|his|a|the|my))(?![\p{L}])/iu);

/** People a vet's post may tell of besides the pet's "mom" and "dad": "Grandpa Hector's Alzheimer's diagnosis". */
const HUMAN_PERSON = lazyRegex(() => /(?<![\p{L}])(?:grandpa|grandma|grandfather|grandmother|granddaughter|grandson|husband|wife|son|daughter|kids?|child|children|baby|boy|girl|man|woman|veteran|sgt|sergeant)(?![\p{L}])/iu);

/** In a reply, the person answered's own care: "hope your own recovery goes well", "your surgery" (their pet's is "her surgery"). */
const YOUR_CARE = lazyRegex(() => /(?<![\p{L}])(?:your own|yourself|you['’]re (?:feeling|recovering|healing)|your (?:surgery|recovery|treatment|diagnosis|chemo|chemotherapy|radiation|procedure|appointment|prescription|medication|hospital stay|doctor|therapy|health|injury|pregnancy|baby))(?![\p{L}])/iu);

/** Whether some segment says the post is a vet's. */
export function saysVet(segments: readonly Segment[]): boolean {
  return segments.some((seg) => VET_MARKER().test(seg.text));
}

/** Whether a sentence of a vet's post tells of a person's own care, or of a person other than the pet's people (in a reply, the person answered's). */
export function humanCare(text: string, reply = false): boolean {
  return HUMAN_CARE().test(text) || HUMAN_PERSON().test(text) || (reply && YOUR_CARE().test(text));
}
