import fc from 'fast-check';
import type { Definition, Json, JsonSchema } from './definition.js';

// Values a JSON Schema of Label Studio's definition allows, as fast-check arbitraries. Kept here rather
// than taken from npm: json-schema-fast-check (0.0.6) is built on fast-check 1 and faker 4, and
// json-schema-faker draws samples from its own random source, so fast-check could neither shrink nor
// replay a failing case by its seed. The subset the definition uses is small: `type` (one or a list),
// `enum`, `anyOf`, `$ref` into the components, `properties`/`required`, `items`, `additionalProperties`,
// `format: date-time` and `examples`. A keyword outside it throws, so a change of the definition that
// needs more says so at once.
//
// Deliberate choices, each allowed by the definition:
// - integers are non-negative: every integer these answers carry is an id or a count;
// - a string with `examples` is mostly one of them (the codes a service knows), else any string (one it does not);
// - optional properties come and go, and objects get now and then a field the definition does not list
//   (Label Studio's models are open, so a reader must ignore it);
// - date-times come in the spellings Django and Python write (microseconds, `Z` or `+00:00`).

const SUPPORTED = new Set(['type', 'enum', 'anyOf', '$ref', 'properties', 'required', 'items', 'additionalProperties', 'format', 'examples', 'description', 'title']);

const dateTime = fc
  .tuple(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 999_999 }), fc.boolean())
  .map(([date, micros, zulu]) => `${date.toISOString().slice(0, 19)}.${String(micros).padStart(6, '0')}${zulu ? 'Z' : '+00:00'}`);

const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

export interface ArbitraryOptions {
  /** The most items an array holds (default 4). */
  maxItems?: number;
}

export function arbitraryFor(schema: JsonSchema, definition: Definition, options: ArbitraryOptions = {}): fc.Arbitrary<Json> {
  const maxItems = options.maxItems ?? 4;
  // Nested arrays stay short whatever the top one holds.
  const nested: ArbitraryOptions = { maxItems: Math.min(maxItems, 3) };

  const unknown = Object.keys(schema).filter((keyword) => !SUPPORTED.has(keyword));
  if (unknown.length > 0) throw new Error(`the generator does not know ${unknown.join(', ')}`);

  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = definition.components.schemas[ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unresolved ${ref}`);
    return arbitraryFor(target, definition, options);
  }
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf)) return fc.oneof(...anyOf.map((branch) => arbitraryFor(branch as JsonSchema, definition, options)));
  const values = schema['enum'];
  if (Array.isArray(values)) return fc.constantFrom(...values);

  const type = schema['type'];
  if (type === undefined) return anyJson;
  const types = Array.isArray(type) ? (type as string[]) : [type as string];
  return fc.oneof(...types.map((one) => arbitraryOfType(one, schema, definition, nested, maxItems)));
}

function arbitraryOfType(type: string, schema: JsonSchema, definition: Definition, nested: ArbitraryOptions, maxItems: number): fc.Arbitrary<Json> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: 0, max: 2 ** 31 - 1 });
    case 'number':
      return fc.double({ min: 0, max: 1e9, noNaN: true });
    case 'string': {
      if (schema['format'] === 'date-time') return dateTime;
      const examples = schema['examples'];
      if (Array.isArray(examples)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...examples) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
      return fc.string({ maxLength: 24 });
    }
    case 'array': {
      const items = schema['items'];
      return fc.array(items ? arbitraryFor(items as JsonSchema, definition, nested) : anyJson, { maxLength: maxItems });
    }
    case 'object':
      return objectArbitrary(schema, definition, nested);
    default:
      throw new Error(`the generator does not know type ${type}`);
  }
}

function objectArbitrary(schema: JsonSchema, definition: Definition, nested: ArbitraryOptions): fc.Arbitrary<Json> {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const additional = schema['additionalProperties'];
  const names = Object.keys(properties);
  if (names.length === 0) {
    // A free dict (`typing.Dict[str, Any]`), or a map with typed values.
    const value = additional && typeof additional === 'object' ? arbitraryFor(additional as JsonSchema, definition, nested) : anyJson;
    return fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 3 });
  }
  const required = new Set((schema['required'] ?? []) as string[]);
  const declared = fc.record(
    Object.fromEntries(names.map((name) => [name, arbitraryFor(properties[name] ?? {}, definition, nested)])),
    { requiredKeys: names.filter((name) => required.has(name)) },
  );
  const extra = fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !names.includes(key) && key !== '__proto__'), anyJson, { maxKeys: 2 }), {
    freq: 4,
    nil: {},
  });
  return fc.tuple(declared, extra).map(([fields, more]) => ({ ...more, ...fields }) as Json);
}
