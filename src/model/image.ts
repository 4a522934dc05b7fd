/** What phi-lint read inside one image file (src/images/): plain data, so it can be cached and turned into segments. */
export interface ImageAnalysis {
  /** Free-text and date metadata fields, each with the name it has in the file ("Artist", "XPComment", "PersonInImage"). */
  metadata: { field: string; text: string }[];
  /** The GPS position tag, in decimal degrees (altitude in metres when present). */
  gps?: { latitude: number; longitude: number; altitude?: number };
  /** Lines of text recognised in the pixels, each with where it sits ("top left"). */
  text: { text: string; where: string }[];
  /** Faces found, each with where it sits and its size in pixels of the image as stored. */
  faces: { where: string; width: number; height: number; score: number }[];
  /** The analyses that could not run on this file, each as one plain sentence ("faces: only JPEG and PNG images are searched for faces"). */
  skipped: string[];
  /** Set when the file could not be read or decoded (damaged, or not the image its name says). */
  damaged?: true;
}

/** Which analyses a run does (config `images:`); all off with `--no-images`. */
export interface ImageSettings {
  metadata: boolean;
  text: boolean;
  faces: boolean;
}

export const ALL_IMAGE_ANALYSES: ImageSettings = { metadata: true, text: true, faces: true };
export const NO_IMAGE_ANALYSES: ImageSettings = { metadata: false, text: false, faces: false };

/** Milliseconds each analysis took on one image (for `npm run bench`). */
export type ImageTimings = Partial<Record<keyof ImageSettings, number>>;

/** A local image a post references, as it was when the post was linted: its path and content hash (null: not there). */
export interface ImageDep {
  file: string;
  hash: string | null;
}
