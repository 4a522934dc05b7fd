import type { z as Zod } from 'zod';
import { zod } from '../lib/lazy-modules.js';
import { configSchema, inputShapes } from './schema.js';

/** Where the package ships the JSON Schema of the config file (written by `npm run build`, scripts/build-schema.js). */
export const SCHEMA_FILE = 'schema/phi-lint.schema.json';

type Json = Record<string, unknown>;

/** Replaces a generated schema in place (zod's `override` hook edits the object it was given). */
function replace(target: Json, next: Json): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, next);
}

/**
 * The JSON Schema of `.phi-lint.yaml`, made from the zod schema that
 * validates it, so editors (yaml-language-server, VS Code) complete and check
 * the same keys phi-lint accepts. The zod schema widens some inputs in a
 * preprocess step, which zod cannot see through; those are widened here
 * (schema.ts tags them): null for an empty key, one item for a list, a bare
 * value for an allow entry. A check written as code (a regex RE2 can run)
 * stays phi-lint's own.
 */
export function configJsonSchema(): Json {
  const shapes = inputShapes();
  const { z } = zod();
  const schema = z.toJSONSchema(configSchema(), {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const zs = zodSchema as unknown as Zod.ZodType;
      const js = jsonSchema as Json;
      const { description, ...rest } = js;
      const described = (next: Json) => replace(js, description === undefined ? next : { description, ...next });
      if (shapes.list.has(zs)) described({ anyOf: [rest.items ?? {}, rest] });
      else if (shapes.allowEntry.has(zs)) {
        const oneOf = ['value', 'regex', 'domain'].map((key) => ({ required: [key] }));
        described({ anyOf: [{ type: 'string', minLength: 1 }, { type: 'number' }, { ...rest, oneOf }] });
      } else if (shapes.nullable.has(zs)) described({ anyOf: [rest, { type: 'null' }] });
      else if (zs instanceof z.ZodObject) {
        // A preprocess step accepts undefined, so zod thinks every such key optional: a key is required when its value is.
        const required = Object.entries(zs.shape as Record<string, Zod.ZodType>).filter(([, v]) => v._zod.optout !== 'optional');
        if (required.length) js.required = required.map(([k]) => k);
      }
    },
  }) as Json;
  return { $schema: schema.$schema, title: 'phi-lint configuration (.phi-lint.yaml)', ...schema };
}

/** The schema file's text, as the build writes it. */
export const configJsonSchemaText = (): string => JSON.stringify(configJsonSchema(), null, 2) + '\n';
