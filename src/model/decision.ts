/**
 * The named outcomes of the decision table (src/decide/outcomes.ts), in the
 * order it tries them. A finding carries the one that decided its severity.
 */
export const DECISIONS = [
  'health-content', 'staff-description', 'direct-identifier', 'eponym', 'animal', 'pets-person', 'place-name', 'part-of-a-name', 'fictional-name', 'staff-or-public-figure', 'public-context', 'beside-direct-identifier',
  'own-site-in-care-reply', 'own-site-of-patient-care', 'own-site', 'person-in-room', 'code-with-name', 'named-photo', 'photo-of-no-one', 'tagged-on-care-post',
  'patient-sentence', 'care-reply', 'patient-story', 'organisation-voice', 'unlinked',
] as const;
export type DecisionName = (typeof DECISIONS)[number];
