import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, mergeAreas, OP_NAMES, operation, getOperation } from '../../shared/contract/index.ts';
import { ROLES } from '../../shared/roles.ts';
import { ERROR_CODES, HTTP_STATUS } from '../../shared/errors.ts';
import { handlers, mergeHandlers, getHandler } from '../../electron/core/handlers/index.ts';

const noop = operation({ input: z.object({}), output: z.object({}), access: 'public', invalidates: [] });

describe('the contract and the handler table', () => {
  it('has operations at all (an empty contract would pass every other check)', () => {
    expect(OP_NAMES.length).toBeGreaterThan(10);
    expect(OP_NAMES).toEqual(Object.keys(contract));
  });

  it('binds every contract entry to a handler and every handler to an entry', () => {
    const handled = Object.keys(handlers).sort();
    const declared = [...OP_NAMES].sort();
    expect(
      handled.filter((n) => !declared.includes(n as never)),
      'handlers without a contract entry',
    ).toEqual([]);
    expect(
      declared.filter((n) => !handled.includes(n)),
      'contract entries without a handler',
    ).toEqual([]);
    for (const name of OP_NAMES) expect(typeof getHandler(name), name).toBe('function');
  });

  it('refuses two operations with the same name when merging areas', () => {
    expect(() => mergeAreas({ 'a.one': noop }, { 'a.two': noop })).not.toThrow();
    expect(() => mergeAreas({ 'a.one': noop }, { 'a.one': noop })).toThrow(/Duplicate operation name in contract: a\.one/);
  });

  it('refuses two handlers for the same name when merging handler tables', () => {
    const h = () => ({});
    expect(Object.keys(mergeHandlers({ 'a.one': h }, { 'a.two': h }))).toEqual(['a.one', 'a.two']);
    expect(() => mergeHandlers({ 'a.one': h }, { 'b.x': h, 'a.one': h })).toThrow(/Duplicate handler for operation: a\.one/);
  });

  it('does not treat Object.prototype names as operations', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(getOperation(name), name).toBeUndefined();
      expect(getHandler(name), name).toBeUndefined();
    }
  });

  it('sets who may call every operation, with schemas and invalidation prefixes', () => {
    for (const name of OP_NAMES) {
      const def = getOperation(name);
      expect(def, name).toBeDefined();
      const { access, input, output, invalidates } = def!;
      if (typeof access === 'string') expect(['public', 'session', 'display'], name).toContain(access);
      else {
        expect(Array.isArray(access), name).toBe(true);
        expect(access.length, `${name} lists no roles`).toBeGreaterThan(0);
        for (const role of access) expect(ROLES, name).toContain(role);
      }
      expect(input, name).toBeInstanceOf(z.ZodType);
      expect(output, name).toBeInstanceOf(z.ZodType);
      expect(Array.isArray(invalidates), name).toBe(true);
      for (const prefix of invalidates) expect(typeof prefix, name).toBe('string');
    }
  });

  it('keeps names in the area.verb form the HTTP path and IPC channel use', () => {
    for (const name of OP_NAMES) expect(name).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
  });

  it('maps every error code to a 4xx or 5xx status', () => {
    for (const code of ERROR_CODES) {
      expect(HTTP_STATUS[code], code).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS[code], code).toBeLessThan(600);
    }
    expect(HTTP_STATUS.VALIDATION).toBe(400);
    expect(HTTP_STATUS.UNAUTHENTICATED).toBe(401);
    expect(HTTP_STATUS.FORBIDDEN).toBe(403);
  });
});

/** A zod schema's definition, read generically: every schema keeps its parts under `_zod.def`. */
type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isSchema = (value: unknown): value is z.ZodType => typeof value === 'object' && value !== null && '_zod' in value;

/**
 * The paths of every object schema inside `schema` that would accept a key it does not name: one
 * without a `never` catch-all (z.object strips, z.looseObject keeps). Walks every part a definition
 * holds, so objects under arrays, optionals, defaults, unions, pipes, records and lazies are reached.
 */
function lenientObjects(schema: z.ZodType, path = 'input', seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const found: string[] = [];
  if (def.type === 'object') {
    const catchall = def.catchall as z.ZodType | undefined;
    if (!catchall || defOf(catchall).type !== 'never') found.push(path);
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>))
      found.push(...lenientObjects(field, `${path}.${key}`, seen));
    return found;
  }
  if (def.type === 'lazy') return lenientObjects((def.getter as () => z.ZodType)(), path, seen);
  for (const [key, part] of Object.entries(def)) {
    const parts = Array.isArray(part) ? part : [part];
    parts.forEach((p, i) => {
      if (isSchema(p)) found.push(...lenientObjects(p, Array.isArray(part) ? `${path}<${key} ${i}>` : `${path}<${key}>`, seen));
    });
  }
  return found;
}

describe('unknown fields in an input', () => {
  it('finds lenient objects however deep they sit (the check below can fail)', () => {
    expect(lenientObjects(z.object({ a: z.string() }))).toEqual(['input']);
    expect(lenientObjects(z.looseObject({ a: z.string() }))).toEqual(['input']);
    expect(lenientObjects(z.strictObject({ a: z.string() }))).toEqual([]);
    const deep = z.strictObject({
      list: z.array(z.object({ x: z.number() })).optional(),
      pick: z.union([z.strictObject({ k: z.literal('a') }), z.object({ k: z.literal('b') })]).default({ k: 'a' }),
      piped: z
        .strictObject({ inner: z.object({}).nullable() })
        .refine(() => true)
        .transform((v) => v),
      later: z.lazy(() => z.object({})),
      map: z.record(z.string(), z.object({})),
    });
    expect(lenientObjects(deep).sort()).toEqual(
      [
        'input.list<innerType><element>',
        'input.pick<innerType><options 1>',
        'input.piped<in>.inner<innerType>',
        'input.later',
        'input.map<valueType>',
      ].sort(),
    );
  });

  it('is refused by every operation: no object schema in any input strips or keeps keys it does not name', () => {
    const lenient = OP_NAMES.flatMap((name) => lenientObjects(getOperation(name)!.input).map((path) => `${name}: ${path}`));
    expect(lenient, 'object schemas that accept unknown keys (use z.strictObject)').toEqual([]);
  });
});
