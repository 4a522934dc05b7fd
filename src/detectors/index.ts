import type { RuleSpec } from '../packs/schema.js';
import { compileCombo } from '../context/combo.js';
import { compileRelationship } from '../context/relationship.js';
import type { CompiledRule } from './types.js';
import { compileEntity } from './entity.js';
import { compileLexicon } from './lexicon.js';
import { compilePattern } from './pattern.js';

/** The one place a detector kind is chosen. */
export function compileRule(spec: RuleSpec, pack: string): CompiledRule {
  switch (spec.detector) {
    case 'pattern':
      return { spec, pack, detect: compilePattern(spec), needsNlp: false };
    case 'lexicon':
      return { spec, pack, detect: compileLexicon(spec), needsNlp: false };
    case 'entity':
      return { spec, pack, detect: compileEntity(spec), needsNlp: true };
    case 'combo': {
      const rule: CompiledRule = { spec, pack, detect: () => [], needsNlp: false };
      return Object.assign(rule, { inPost: compileCombo(spec, () => rule) });
    }
    case 'relationship': {
      const rule: CompiledRule = { spec, pack, detect: () => [], needsNlp: false };
      return Object.assign(rule, { inPost: compileRelationship(spec, () => rule) });
    }
  }
}
