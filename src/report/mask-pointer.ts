/**
 * A JSON pointer as masked output shows it. Object keys are text the author
 * wrote and can be PHI ({"Jane Doe": ...}), so a key becomes one fixed mask
 * unless every word of it is a common field name ("posts", "draft_reply",
 * "altText"). Array indexes stay, so the pointer keeps its shape and still
 * says which post of a calendar it is. A pointer does not tell an index from
 * an all-digit key, so only short numbers (up to 4 digits, no leading zero)
 * count as indexes: a ZIP code or a record number used as a key is masked.
 * Reusable wherever a pointer is stored or printed (reports, caches).
 */
export function maskPointer(pointer: string): string {
  if (pointer === '') return pointer;
  return pointer
    .split('/')
    .map((token, i) => (i === 0 || INDEX.test(token) || isFieldName(token) ? token : KEY_MASK))
    .join('/');
}

const INDEX = /^(?:0|[1-9]\d{0,3})$/;
const KEY_MASK = '***';

/** Words of the field names posts and content calendars use; lower case only ("Page" may be a surname). */
const FIELD_WORDS = new Set(
  `posts post items item entries entry data calendar schedule queue drafts draft content contents text body html markdown plain
  message messages caption captions title titles subtitle headline description summary excerpt alt image images photo photos
  media video videos url urls link links thumbnail tags tag hashtags hashtag mentions reply replies response responses answer
  answers comment comments review reviews question questions thread threads dm author authors channel channels platform network
  account page site publisher organization organisation brand status type id date time scheduled publish published created
  updated name names notes note meta metadata label labels category language lang locale campaign audience location user
  username handle email phone consent version sections section blocks block value values fields field attachments attachment
  cta button slides slide story stories quote quotes first last full display by at on in of to for and with source sources
  facebook instagram linkedin twitter tiktok youtube google x`.split(/\s+/),
);

/** "draft_reply", "alt-text", "altText": every word a field word; a capital first letter reads as a name. */
function isFieldName(token: string): boolean {
  if (!/^[a-z][A-Za-z_.-]*$/.test(token)) return false;
  const words = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[ _.-]+/);
  return words.every((w) => FIELD_WORDS.has(w));
}
