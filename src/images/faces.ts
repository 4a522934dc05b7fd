import { createRequire } from 'node:module';
import path from 'node:path';
import type { ImageAnalysis } from '../model/image.js';
import { regionOf } from './formats.js';
import type { Pixels } from './decode.js';

const require = createRequire(import.meta.url);
type FaceApi = typeof import('@vladmandic/face-api');
type Tf = typeof import('@tensorflow/tfjs');

/** A detection below this score is a pattern that looks a little like a face. */
const MIN_SCORE = 0.5;

let loading: Promise<{ faceapi: FaceApi; tf: Tf }> | undefined;

/**
 * @vladmandic/face-api's SSD MobileNet v1 detector on TensorFlow.js's WASM
 * backend: the weights ship in the package's model/ folder and the WASM
 * binaries in @tensorflow/tfjs-backend-wasm, both read from disk (tfjs-node
 * would download a native binary at install).
 */
function faceApi(): Promise<{ faceapi: FaceApi; tf: Tf }> {
  return (loading ??= (async () => {
    const tf = require('@tensorflow/tfjs') as Tf;
    const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
    const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
    // Paths, not URLs: with the platform's fetch off, the WASM loader reads the files from disk.
    wasm.setWasmPaths(`${path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}${path.sep}`, false);
    await tf.setBackend('wasm');
    await tf.ready();
    await faceapi.nets.ssdMobilenetv1.loadFromDisk(path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model'));
    return { faceapi, tf };
  })());
}

/** The faces in decoded pixels, each with where it sits and its size in the stored image's pixels. */
export async function findFaces(pixels: Pixels): Promise<ImageAnalysis['faces']> {
  const { faceapi, tf } = await faceApi();
  const input = tf.tensor3d(pixels.rgb, [pixels.height, pixels.width, 3], 'int32');
  try {
    const found = await faceapi.detectAllFaces(input as never, new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_SCORE }));
    return found.map((f) => ({
      where: regionOf(f.box, pixels.width, pixels.height),
      width: Math.round(f.box.width * pixels.scale),
      height: Math.round(f.box.height * pixels.scale),
      score: Math.round(f.score * 100) / 100,
    }));
  } finally {
    input.dispose();
  }
}
