import { createRequire } from 'node:module';
import path from 'node:path';
import type { ImageAnalysis } from '../model/image.js';
import { regionOf } from './formats.js';

const require = createRequire(import.meta.url);
type Tesseract = typeof import('tesseract.js');
type Worker = Awaited<ReturnType<Tesseract['createWorker']>>;

/** Lines read with less confidence than this are noise (texture read as letters), not text. */
const MIN_CONFIDENCE = 60;
/** The worker is kept while images keep coming, and ended this long after the last one so the process can exit. */
const IDLE_MS = 1000;

let worker: Promise<Worker> | undefined;
let idle: NodeJS.Timeout | undefined;

/**
 * One tesseract.js worker for the process, with the English model from the
 * @tesseract.js-data/eng package (langPath on disk: nothing is downloaded,
 * and no copy is cached anywhere).
 */
function ocrWorker(): Promise<Worker> {
  if (idle) clearTimeout(idle);
  return (worker ??= (async () => {
    const { createWorker } = require('tesseract.js') as Tesseract;
    const eng = require('@tesseract.js-data/eng') as { langPath: string };
    return createWorker('eng', 1, { langPath: path.resolve(eng.langPath), gzip: true, cacheMethod: 'none', logger: () => undefined, errorHandler: () => undefined });
  })());
}

function releaseLater(): void {
  idle = setTimeout(() => {
    const ending = worker;
    worker = undefined;
    void ending?.then((w) => w.terminate());
  }, IDLE_MS);
  idle.unref();
}

/** The lines of text in an image, each with the region it sits in. */
export async function readText(bytes: Uint8Array, size?: { width: number; height: number }): Promise<ImageAnalysis['text']> {
  const w = await ocrWorker();
  try {
    const { data } = await w.recognize(Buffer.from(bytes), {}, { blocks: true, text: false });
    const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
    // Without the image's size (a format whose header is not read), the text's own extent stands in.
    const { width, height } = size ?? { width: Math.max(1, ...lines.map((l) => l.bbox.x1)), height: Math.max(1, ...lines.map((l) => l.bbox.y1)) };
    return lines
      .filter((l) => l.confidence >= MIN_CONFIDENCE && /[\p{L}\p{N}]{2}/u.test(l.text))
      .map((l) => ({
        text: l.text.trim(),
        where: regionOf({ x: l.bbox.x0, y: l.bbox.y0, width: l.bbox.x1 - l.bbox.x0, height: l.bbox.y1 - l.bbox.y0 }, width, height),
      }));
  } finally {
    releaseLater();
  }
}
