import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root, found from this module two folders down: src/lib/ (tests), dist/lib/ or dist/bundle/ (built). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
