import { ALL_IMAGE_ANALYSES, NO_IMAGE_ANALYSES, type ImageSettings } from '../model/image.js';
import path from 'node:path';
import type { CompiledRule } from '../model/rule.js';
import { LocatedError } from '../lib/errors.js';
import { toDisplay } from '../read/discover.js';
import { compileAllowlist, type AllowTest } from '../suppress/allowlist.js';
import { loadConsentRegistry, type ConsentRegistry } from '../suppress/consent-registry.js';
import type { SuppressSettings } from '../suppress/index.js';
import { configChain } from './discover.js';
import { builtinPackNames, loadConfigFile, type LoadedConfig, type PackRef } from './load.js';
import { matchesGlobs, mergeConfigs, type MergedConfig } from './merge.js';
import { builtinRules, rulesFromPacks } from './packs.js';
import { applyRuleSettings, unknownRuleProblems } from './rules.js';

/** Config options shared by the CLI and the library. */
export interface ConfigOptions {
  /** A config file applied over the discovered ones (`-c`); its globs are relative to `cwd`. */
  configFile?: string;
  /** Look for config files from each file's folder upward (default true; `--no-config-lookup`). */
  configLookup?: boolean;
  /** Honour inline directives (default true; `--no-inline-config`). */
  inlineConfig?: boolean;
  /** YYYY-MM-DD for consent expiry (default: today, local time). */
  today?: string;
  /** false: look inside no image (`--no-images`), whatever the configs say. */
  images?: boolean;
  /** `--ignore-pattern`: .gitignore-style patterns relative to cwd, on top of the configs' ignorePatterns. */
  ignorePatterns?: string[];
}

export interface ResolverOptions extends ConfigOptions {
  cwd: string;
  /** `--rules` packs, relative to cwd. */
  rulePacks?: string[];
  noBuiltin?: boolean;
  /** A fixed base rule set instead of the built-in and `--rules` packs. */
  rules?: CompiledRule[];
}

/** Everything one file is linted with. */
export interface FileSettings extends SuppressSettings {
  /** Rules to run, with `rules:` settings applied ("off" rules left out). */
  rules: CompiledRule[];
  /** Every loaded rule before settings (for --print-config). */
  allRules: CompiledRule[];
  ignored: boolean;
  merged: MergedConfig;
  /** Which analyses look inside the file's images (config `images:`, `--no-images`). */
  images: ImageSettings;
}

function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Finds, loads and merges configs per file, caching every step for the run. */
export class ConfigResolver {
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly chains = new Map<string, LoadedConfig[]>();
  private readonly packSets = new Map<string, CompiledRule[]>();
  private readonly allowTests = new Map<string, AllowTest>();
  private readonly registries = new Map<string, ConsentRegistry>();
  /** Settings by merged config: files under the same configs share one object (and one cache hash). */
  private readonly settingsByConfig = new Map<string, FileSettings>();
  /** Settings by config chain, for chains whose settings do not depend on the file. */
  private readonly settingsByChain = new WeakMap<LoadedConfig[], FileSettings>();
  private readonly explicit?: LoadedConfig;
  private readonly base: CompiledRule[];
  private readonly hasBuiltins: boolean;
  private readonly basePacks: PackRef[];
  private readonly today: string;

  constructor(private readonly options: ResolverOptions) {
    const { cwd } = options;
    if (options.configFile) this.explicit = loadConfigFile(path.resolve(cwd, options.configFile), this.show, cwd);
    this.hasBuiltins = !options.rules && !options.noBuiltin;
    this.base = options.rules ?? (this.hasBuiltins ? builtinRules() : []);
    const builtin = new Set(this.hasBuiltins ? [...builtinPackNames().values()].map((p) => p.path) : []);
    this.basePacks = (options.rulePacks ?? [])
      .map((p): PackRef => ({ path: path.resolve(cwd, p), display: p }))
      .filter((p) => !builtin.has(p.path));
    this.today = options.today ?? localDate();
  }

  /** A path as messages show it: relative to cwd when inside it. */
  readonly show = (abs: string): string => toDisplay(abs, this.options.cwd);

  private load(file: string): LoadedConfig {
    let config = this.loaded.get(file);
    if (!config) this.loaded.set(file, (config = loadConfigFile(file, this.show)));
    return config;
  }

  /** Configs for files in `dir`, farthest first, then the `-c` config. */
  private chain(dir: string): LoadedConfig[] {
    let chain = this.chains.get(dir);
    if (!chain) {
      const found = this.options.configLookup === false ? [] : configChain(dir, (f) => this.load(f).data.root === true);
      chain = [...found.reverse().map((f) => this.load(f)), ...(this.explicit ? [this.explicit] : [])];
      this.chains.set(dir, chain);
    }
    return chain;
  }

  /** The user's pack files that files in these folders are linted with: the `--rules` packs and the `extends` of their configs. */
  userPacks(dirs: Iterable<string>): PackRef[] {
    const packs = new Map(this.basePacks.map((p) => [p.path, p]));
    for (const dir of new Set(dirs)) for (const config of this.chain(path.resolve(this.options.cwd, dir))) for (const p of config.packs) packs.set(p.path, p);
    return [...packs.values()];
  }

  merged(file: string): MergedConfig {
    const abs = path.resolve(this.options.cwd, file);
    return this.withIgnorePatterns(mergeConfigs(this.chain(path.dirname(abs)), abs), abs);
  }

  /** `--ignore-pattern` ignores a file as a config's ignorePatterns does. */
  private withIgnorePatterns(merged: MergedConfig, abs: string): MergedConfig {
    const patterns = this.options.ignorePatterns;
    if (patterns?.length && matchesGlobs(this.options.cwd, patterns, abs)) merged.ignored = true;
    return merged;
  }

  /** Extensions the configs that apply in `dir` (absolute) add to the linted ones. */
  extensionsIn(dir: string): string[] {
    return [...new Set(this.chain(dir).flatMap((c) => c.data.extensions ?? []))];
  }

  /** The configs that apply to the working directory itself (a file's are those of its folder): auditLog, baselineKey. */
  mergedAtCwd(): MergedConfig {
    return mergeConfigs(this.chain(this.options.cwd), this.options.cwd);
  }

  /** The settings for one file (a path relative to cwd, or absolute). */
  settingsFor(file: string): FileSettings {
    const abs = path.resolve(this.options.cwd, file);
    const chain = this.chain(path.dirname(abs));
    // Without overrides or ignorePatterns, every file under the same configs gets the same settings: merge once per folder.
    // Only chains that passed that test are stored, so a stored one needs no test.
    let settings = this.settingsByChain.get(chain);
    if (!settings) {
      settings = this.settingsForMerged(this.withIgnorePatterns(mergeConfigs(chain, abs), abs));
      const perFile = this.options.ignorePatterns?.length || chain.some(({ data }) => data.overrides?.length || data.ignorePatterns?.length);
      if (!perFile) this.settingsByChain.set(chain, settings);
    }
    return settings;
  }

  private settingsForMerged(merged: MergedConfig): FileSettings {
    const key = JSON.stringify(merged, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
    let settings = this.settingsByConfig.get(key);
    if (!settings) this.settingsByConfig.set(key, (settings = this.settingsOf(merged)));
    return settings;
  }

  private settingsOf(merged: MergedConfig): FileSettings {
    const packs = [...this.basePacks, ...merged.packs];
    const allRules = rulesFromPacks(this.base, packs, this.packSets);
    const knownRuleIds = new Set(allRules.map((r) => r.spec.id));
    this.check(merged, knownRuleIds);
    const allowKey = JSON.stringify(merged.allow.map((a) => a.value));
    let allow = this.allowTests.get(allowKey);
    if (!allow) this.allowTests.set(allowKey, (allow = compileAllowlist(merged.allow.map((a) => a.value))));
    const registry = merged.consentRegistry;
    return {
      rules: applyRuleSettings(allRules, merged.rules),
      allRules,
      ignored: merged.ignored,
      merged,
      allow,
      allowWhere: merged.allow.map((a) => a.where),
      inlineConfig: this.options.inlineConfig !== false,
      requireReason: merged.requireReason,
      knownRuleIds,
      consentRegistry: () => (registry ? this.registry(registry) : undefined),
      today: this.today,
      images: this.options.images === false ? NO_IMAGE_ANALYSES : { ...ALL_IMAGE_ANALYSES, ...merged.images },
    };
  }

  /** Rule ids in `rules:` and `allow[].rules` must name loaded rules (a typo would silently do nothing). */
  private check(merged: MergedConfig, known: ReadonlySet<string>): void {
    const problems = unknownRuleProblems(known, [
      ...[...merged.rules].map(([value, s]) => ({ value, where: s.where })),
      ...merged.allow.flatMap((a) => (a.value.rules ?? []).map((value) => ({ value, where: a.where }))),
    ]);
    if (problems.length) throw new LocatedError(problems);
  }

  private registry(file: string): ConsentRegistry {
    let registry = this.registries.get(file);
    if (!registry) this.registries.set(file, (registry = loadConsentRegistry(file, this.show(file))));
    return registry;
  }
}
