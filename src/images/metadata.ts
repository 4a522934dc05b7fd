import { createRequire } from 'node:module';
import type { ImageAnalysis } from '../model/image.js';

const require = createRequire(import.meta.url);
type Exifr = typeof import('exifr');

/**
 * Fields whose words a person wrote (or a camera filled in from its owner):
 * EXIF/TIFF (Artist, Copyright, ImageDescription, UserComment, the Windows
 * XP* tags), IPTC (caption, keywords, by-line, place) and XMP (Dublin Core
 * description, title, subject, creator; IPTC Extension person and location
 * shown). Technical fields (exposure, resolution) say nothing about anyone.
 */
const TEXT_FIELDS = new Set([
  'ImageDescription', 'Artist', 'Copyright', 'UserComment', 'XPTitle', 'XPComment', 'XPAuthor', 'XPKeywords', 'XPSubject',
  'DocumentName', 'CameraOwnerName', 'OwnerName', 'ObjectName', 'Keywords', 'Caption', 'Byline', 'BylineTitle', 'Headline',
  'Writer', 'City', 'Sublocation', 'State', 'SpecialInstructions', 'Credit', 'Source', 'description', 'title', 'subject',
  'creator', 'PersonInImage', 'LocationShown', 'LocationCreated', 'Location', 'Label', 'Event',
]);
/** When the photo was taken: a date tied to whoever is in it. */
const DATE_FIELDS = new Set(['DateTimeOriginal', 'CreateDate', 'DateCreated']);
/** Groups exifr returns with mergeOutput off; GPS is read apart. */
const SKIP_GROUPS = new Set(['gps', 'ifd1', 'interop', 'icc', 'ihdr', 'jfif', 'makerNote']);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A field's value as plain strings: lists, language alternatives and byte strings (UserComment's 8-byte charset prefix) unpacked. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/\0+$/, '')];
  if (value instanceof Uint8Array) {
    const body = value.length > 8 && /^(?:ASCII|UNICODE|JIS|\0{8})/.test(String.fromCharCode(...value.subarray(0, 8))) ? value.subarray(8) : value;
    return [new TextDecoder().decode(body).replace(/\0+/g, '')];
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('value' in o) return strings(o.value);
    return Object.values(o).flatMap(strings);
  }
  return [];
}

/** A date taken as the post would write it ("March 14, 2026"), so the date rules read it. */
const spelled = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

/** Metadata and GPS of an image; a file exifr cannot parse has none. */
export async function readMetadata(bytes: Uint8Array): Promise<Pick<ImageAnalysis, 'metadata' | 'gps'>> {
  const exifr = require('exifr') as Exifr;
  let groups: Record<string, Record<string, unknown>> | undefined;
  try {
    groups = await exifr.parse(bytes, { tiff: true, exif: true, gps: true, iptc: true, xmp: true, icc: false, jfif: false, ihdr: false, ifd1: false, mergeOutput: false, translateValues: false });
  } catch {
    groups = undefined;
  }
  const metadata: ImageAnalysis['metadata'] = [];
  for (const [group, fields] of Object.entries(groups ?? {})) {
    if (SKIP_GROUPS.has(group) || !fields || typeof fields !== 'object') continue;
    for (const [field, value] of Object.entries(fields)) {
      if (DATE_FIELDS.has(field) && value instanceof Date && !Number.isNaN(value.getTime())) metadata.push({ field, text: spelled(value) });
      else if (TEXT_FIELDS.has(field)) for (const text of strings(value)) if (text.trim()) metadata.push({ field, text: text.trim() });
    }
  }
  const gps = groups?.gps;
  const { latitude, longitude, GPSAltitude } = (gps ?? {}) as { latitude?: number; longitude?: number; GPSAltitude?: number };
  const position = typeof latitude === 'number' && typeof longitude === 'number' && Number.isFinite(latitude + longitude)
    ? { latitude, longitude, ...(typeof GPSAltitude === 'number' ? { altitude: GPSAltitude } : {}) }
    : undefined;
  return { metadata, ...(position ? { gps: position } : {}) };
}
