import type { DecisionName } from '../model/decision.js';
import type { HitFacts } from './facts.js';

/**
 * The decision model as a table (DESIGN.md, "The PHI decision model"): the
 * first row whose test holds decides a hit. `severity` is what the finding
 * gets: the rule's own severity, the rule's `unlinked` setting, a fixed
 * level, or nothing at all ('off').
 */
type SeveritySource = 'rule' | 'unlinked' | 'info' | 'off';

export interface Outcome {
  decision: DecisionName;
  severity: SeveritySource;
  /** Whether this row decides the hit: evidence (a cue word, a role) or true; undefined or false when not. */
  when: (f: HitFacts) => string | boolean | undefined;
  /** The reason sentence shown in the finding's message, rendered from the row's evidence. */
  reason?: (evidence: string | true, f: HitFacts) => string | undefined;
}

const inCareReply = () => "in a reply that discusses this person's care";

export const OUTCOMES: readonly Outcome[] = [
  // A health claim is judged on its own words: always the rule's severity (advice goes through the rows below, like a name).
  { decision: 'health-content', severity: 'rule', when: (f) => f.healthContent && f.direct },
  // A description whose person is staff ("She grew up in Tyler, played college volleyball" after "Dr. Achebe, OD").
  { decision: 'staff-description', severity: 'info', when: (f) => f.describesStaff, reason: () => 'describes a staff member named before it' },
  // SSNs, record numbers, contextual findings: always the rule's severity.
  { decision: 'direct-identifier', severity: 'rule', when: (f) => f.direct, reason: (_, f) => f.hit.evidence },
  // "Parkinson's", "Hodgkin": a person's name inside a disease or test name.
  { decision: 'eponym', severity: 'off', when: (f) => f.eponym },
  // A pet's name is no person.
  { decision: 'animal', severity: 'off', when: (f) => f.kind === 'animal' },
  // "owner Kim Tran approved" in a post about a pet: the pet's person, named beside the pet's care (not their own).
  { decision: 'pets-person', severity: 'info', when: (f) => f.kind === 'owner', reason: () => "the pet's person, named beside the pet's care" },
  // A word the post uses as a town ("a clinic in Marion"), reported by a place rule on the same words: one finding is enough.
  { decision: 'place-name', severity: 'off', when: (f) => f.kind === 'place' && f.placeReported },
  // "Dr. Naomi Fairbanks": a town or facility word that is the surname of a person named around it.
  { decision: 'part-of-a-name', severity: 'off', when: (f) => f.insidePersonName },
  // A post that says its people are invented: a name, or a description of one person, in it is no one's (an age over 89 or a town still counts).
  { decision: 'fictional-name', severity: 'info', when: (f) => f.fictionalName, reason: () => 'the post says its people are invented ("composite", "fictional")' },
  // Staff and public figures named by their title are never errors, and only worth an info.
  { decision: 'staff-or-public-figure', severity: 'info', when: (f) => f.staffRole, reason: (role) => `a staff member or public figure ("${role}")` },
  // What the public wrote in a review or comment is theirs; it matters only when a reply confirms their care.
  { decision: 'public-context', severity: 'info', when: (f) => f.publicVoice && !f.careReply, reason: () => 'in a review or comment by a member of the public, not confirmed by a reply' },
  // A name or date in the same sentence as an SSN or record number belongs to that record.
  { decision: 'beside-direct-identifier', severity: 'rule', when: (f) => f.directBeside, reason: (id) => `in the same sentence as a direct identifier (${id})` },
  // The organisation's own site ("our Chicago clinic"): PHI only as the place one patient was cared for.
  { decision: 'own-site-in-care-reply', severity: 'rule', when: (f) => f.ownSite && f.careReply, reason: inCareReply },
  { decision: 'own-site-of-patient-care', severity: 'rule', when: (f) => f.ownSite && !f.inventedPatient && f.siteCareCue, reason: (cue) => `where a patient was cared for: "${cue}" in the same sentence` },
  { decision: 'own-site', severity: 'off', when: (f) => f.ownSite },
  // A person's name with a room or bed number: a resident or patient, and where to find them.
  { decision: 'person-in-room', severity: 'rule', when: (f) => f.personInRoom, reason: (what) => `${what} in the same sentence` },
  // A case or record code that carries a surname: "case-2024-0173-ruiz" is someone's case, wherever it is.
  { decision: 'code-with-name', severity: 'rule', when: (f) => f.codeWithName, reason: (name) => `the code carries a surname ("${name}")` },
  // A photo whose file name names someone and their care: "maria-gonzalez-hip-surgery.jpg".
  { decision: 'named-photo', severity: 'rule', when: (f) => f.namedPhoto, reason: (why) => String(why) },
  // An image whose alt text shows no one ("Empty MRI scanner room with soft blue lighting"): no patient's picture.
  { decision: 'photo-of-no-one', severity: 'info', when: (f) => f.photoOfNoOne, reason: () => 'its alt text shows no one' },
  // Someone tagged on a post about care: "tagged_users": ["Hank Dorsey"] under a memory-care garden post.
  { decision: 'tagged-on-care-post', severity: 'rule', when: (f) => f.taggedInCarePost, reason: () => 'tagged on a post that speaks of care' },
  // Person-linked identifiers: errors when tied to a patient.
  { decision: 'patient-sentence', severity: 'rule', when: (f) => f.patientCue, reason: (cue) => `about a patient: "${cue}" in the same sentence` },
  { decision: 'care-reply', severity: 'rule', when: (f) => f.careReply, reason: inCareReply },
  { decision: 'patient-story', severity: 'rule', when: (f) => f.storyCue, reason: (cue) => `the post is about a patient ("${cue}")` },
  { decision: 'organisation-voice', severity: 'unlinked', when: (f) => f.orgCue, reason: (cue) => `the organisation's own voice ("${cue}")` },
  { decision: 'unlinked', severity: 'unlinked', when: () => true, reason: () => 'no patient or health link nearby' },
];
