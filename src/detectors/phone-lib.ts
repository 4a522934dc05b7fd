import { createRequire } from 'node:module';

/**
 * libphonenumber-js, loaded on first use: its ESM build is 110 modules and
 * costs 40-80 ms at start-up, while most posts hold no number long enough to
 * ask it about. The package's CommonJS build loads synchronously, so the
 * detectors stay synchronous.
 */
type PhoneLib = typeof import('libphonenumber-js');

let lib: PhoneLib | undefined;

export function phoneLib(): PhoneLib {
  return (lib ??= createRequire(import.meta.url)('libphonenumber-js') as PhoneLib);
}
