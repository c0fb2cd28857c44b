import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { LOCKABLE_FIELDS } from './managed-policy';
import { settingsSchema } from './schema';

/**
 * Chrome hands `storage.managed` only what `public/managed-schema.json` declares, so a lockable
 * field missing there can be locked but never set on Chrome, and one declared there that the
 * settings lack is a policy nothing reads. Both sides are compared as JSON Schema shapes.
 */
type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
};

/** What the policy's value must be: types, choices and number bounds; lengths and counts aside. */
interface Shape {
  type: string | undefined;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: Shape;
  properties?: Record<string, Shape>;
}

function shape(schema: JsonSchema): Shape {
  // `serverUrl` is '' or a URL: one JSON type, whose choices are not a list.
  if (schema.anyOf) {
    const types = new Set(schema.anyOf.map((branch) => branch.type));
    return { type: types.size === 1 ? [...types][0] : `anyOf ${[...types].join('|')}` };
  }
  const out: Shape = { type: schema.type };
  if (schema.enum) out.enum = [...schema.enum].sort();
  if (schema.minimum !== undefined) out.minimum = schema.minimum;
  if (schema.maximum !== undefined) out.maximum = schema.maximum;
  if (schema.items) out.items = shape(schema.items);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, field]) => [name, shape(field)]),
    );
  }
  return out;
}

const policySchema = JSON.parse(
  readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8'),
) as JsonSchema;
const modelSchema = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;

/** The field at a dotted path (`share.views`) in a schema's properties. */
function fieldAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let at: JsonSchema | undefined = schema;
  for (const name of path.split('.')) at = at?.properties?.[name];
  return at;
}

/** Policy keys that are no setting: effectiveSettings and policyServer read them. */
const POLICY_ONLY: Record<string, Shape> = {
  createToken: { type: 'string' },
  forbidPasteAnyway: { type: 'boolean' },
  allowedSites: { type: 'array', items: { type: 'string' } },
  lockedSettings: { type: 'array', items: { type: 'string' } },
};

describe('managed-schema.json', () => {
  test('every setting can be locked', () => {
    const leaves = Object.entries(modelSchema.properties ?? {}).flatMap(([name, field]) =>
      field.type === 'object' && name === 'share'
        ? Object.keys(field.properties ?? {}).map((key) => `${name}.${key}`)
        : [name],
    );
    expect([...LOCKABLE_FIELDS].sort()).toEqual(leaves.sort());
  });

  test.each(LOCKABLE_FIELDS)('%s is declared with the settings type', (field) => {
    const declared = fieldAt(policySchema, field);
    expect(declared, `${field} is missing from managed-schema.json`).toBeDefined();
    expect(shape(declared as JsonSchema)).toEqual(shape(fieldAt(modelSchema, field) as JsonSchema));
  });

  test('it declares nothing else', () => {
    const roots = new Set(LOCKABLE_FIELDS.map((field) => field.split('.')[0]));
    const declared = Object.keys(policySchema.properties ?? {});
    expect(declared.filter((name) => !roots.has(name)).sort()).toEqual(
      Object.keys(POLICY_ONLY).sort(),
    );
    const share = LOCKABLE_FIELDS.filter((field) => field.startsWith('share.'));
    expect(Object.keys(fieldAt(policySchema, 'share')?.properties ?? {}).sort()).toEqual(
      share.map((field) => field.slice('share.'.length)).sort(),
    );
    for (const [name, expected] of Object.entries(POLICY_ONLY)) {
      expect(shape(fieldAt(policySchema, name) as JsonSchema), name).toEqual(expected);
    }
  });
});
