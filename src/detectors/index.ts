import type { RuleSpec } from '../packs/schema.js';
import type { CompiledRule } from './types.js';
import { compileEntity } from './entity.js';
import { compileLexicon } from './lexicon.js';
import { compilePattern } from './pattern.js';
import type { RegexEngine } from './regex.js';

/** The one place a detector kind is chosen. `engine` runs the pack's regexes (see regex.ts). */
export function compileRule(spec: RuleSpec, pack: string, engine: RegexEngine): CompiledRule {
  switch (spec.detector) {
    case 'pattern':
      return { spec, pack, detect: compilePattern(spec, engine), needsNlp: false };
    case 'lexicon':
      return { spec, pack, detect: compileLexicon(spec, engine), needsNlp: false };
    case 'entity':
      return { spec, pack, detect: compileEntity(spec, engine), needsNlp: true };
  }
}
