import { createRequire } from 'node:module';

/**
 * Libraries that only some runs need, loaded on first use from their
 * CommonJS builds: a pre-commit hook linting one named file never walks a
 * folder and has no config, so it should not pay for fast-glob, ignore, zod
 * or the YAML parser at start-up; RE2 only runs the patterns of user packs.
 */
const require = createRequire(import.meta.url);

let yamlModule: typeof import('yaml') | undefined;
let zodModule: typeof import('zod') | undefined;
let fastGlobModule: typeof import('fast-glob') | undefined;
let ignoreModule: typeof import('ignore') | undefined;
let re2Module: typeof import('re2js') | undefined;

export const fastGlob = (): typeof import('fast-glob') => (fastGlobModule ??= require('fast-glob'));
export const ignore = (): typeof import('ignore') => (ignoreModule ??= require('ignore'));
export const zod = (): typeof import('zod') => (zodModule ??= require('zod'));
export const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml'));
export const re2js = (): typeof import('re2js') => (re2Module ??= require('re2js'));
