import path from 'node:path';
import { matchesIgnore } from '../read/discover.js';
import type { LoadedConfig, PackRef } from './load.js';
import type { AllowEntry, RequireApproval, SeveritySetting } from './schema.js';
import type { ImageSettings } from '../model/image.js';

/** A setting with the `file:line:col` it came from, for later messages. */
export interface Sourced<T> {
  value: T;
  where: string;
}

/** The settings that apply to one file, all config files and overrides folded in. */
export interface MergedConfig {
  /** Config files used, farthest first. */
  configFiles: string[];
  packs: PackRef[];
  rules: Map<string, Sourced<SeveritySetting>>;
  allow: Sourced<AllowEntry>[];
  ignored: boolean;
  /** Extensions the configs add to the ones linted (`extensions:`), with a leading dot. */
  extensions: string[];
  requireReason: boolean;
  consentRegistry?: string;
  baselineKey?: string;
  /** Absolute paths (resolved from the config that set them). */
  auditLog?: string;
  approvals?: string;
  requireApproval?: RequireApproval;
  /** `images:` settings given by some config (nearer wins, key by key). */
  images: Partial<ImageSettings>;
}

/** .gitignore-style globs relative to `base`; a file outside `base` never matches. */
export const matchesGlobs = matchesIgnore;

/**
 * Folds configs farthest first, so the nearer one wins (ESLint's cascade):
 * `rules` and scalar keys are overridden, `allow`, `extends` and
 * `ignorePatterns` accumulate. Within a config, matching `overrides` apply
 * after its top-level keys, in order.
 */
export function mergeConfigs(chain: LoadedConfig[], file: string): MergedConfig {
  const merged: MergedConfig = { configFiles: [], packs: [], rules: new Map(), allow: [], ignored: false, extensions: [], requireReason: true, images: {} };
  for (const config of chain) {
    const { data, doc } = config;
    merged.configFiles.push(config.display);
    for (const p of config.packs) if (!merged.packs.some((q) => q.path === p.path)) merged.packs.push(p);
    const addRules = (rules: Record<string, SeveritySetting> | undefined, at: PropertyKey[]) => {
      for (const [id, value] of Object.entries(rules ?? {})) merged.rules.set(id, { value, where: doc.where(at, id) });
    };
    const addAllow = (entries: AllowEntry[] | undefined, at: PropertyKey[]) => {
      entries?.forEach((value, i) => merged.allow.push({ value, where: doc.where([...at, i]) }));
    };
    addRules(data.rules, ['rules']);
    addAllow(data.allow, ['allow']);
    data.overrides?.forEach((o, i) => {
      if (!matchesGlobs(config.base, o.files, file)) return;
      addRules(o.rules, ['overrides', i, 'rules']);
      addAllow(o.allow, ['overrides', i, 'allow']);
    });
    if (data.ignorePatterns && matchesGlobs(config.base, data.ignorePatterns, file)) merged.ignored = true;
    for (const ext of data.extensions ?? []) if (!merged.extensions.includes(ext)) merged.extensions.push(ext);
    if (data.requireReason !== undefined) merged.requireReason = data.requireReason;
    if (config.consentRegistry) merged.consentRegistry = config.consentRegistry;
    if (data.baselineKey) merged.baselineKey = data.baselineKey;
    if (config.auditLog) merged.auditLog = config.auditLog;
    if (config.approvals) merged.approvals = config.approvals;
    if (data.requireApproval) merged.requireApproval = data.requireApproval;
    for (const [k, v] of Object.entries(data.images ?? {})) if (v !== undefined) merged.images[k as keyof ImageSettings] = v;
  }
  return merged;
}
