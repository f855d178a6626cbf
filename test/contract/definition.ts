import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// Label Studio's definition (src/label-studio/label-studio.openapi.yaml) as validators: whether a request
// or an answer is one that definition describes. The OpenAPI document is added to Ajv whole, so every
// `$ref` resolves inside it; an operation's schemas are compiled by JSON pointer on first use.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchema = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { $ref: string } | { content?: Record<string, { schema: JsonSchema }> }>;
}

export interface Definition {
  info: { description: string; 'x-label-studio-sdk': { commit: string; date: string } };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; parameters: Record<string, Parameter>; responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> };
}

export const DEFINITION_FILE = new URL('../../src/label-studio/label-studio.openapi.yaml', import.meta.url);

export function loadDefinition(): Definition {
  return parse(readFileSync(DEFINITION_FILE, 'utf8')) as Definition;
}

/** A request as it reached Label Studio: the path without the base URL's prefix, the raw query (no `?`). */
export interface WireRequest {
  method: string;
  path: string;
  query: string;
  body?: unknown;
}

const pointer = (...segments: string[]) => `#/${segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

const isRef = (value: object): value is { $ref: string } => '$ref' in value;

/**
 * Every object schema that lists its properties, closed to any other (`additionalProperties: false`).
 * Label Studio's models are open, so the definition is too; this variant checks that what the project
 * itself sends, the simulator's answers and the service's requests, holds no field the definition lacks.
 */
function closeObjects(node: Json, inSchema: boolean): Json {
  if (Array.isArray(node)) return node.map((item) => closeObjects(item, inSchema));
  if (node === null || typeof node !== 'object') return node;
  const closed: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    // The keys of `properties` are field names, not keywords: their values are schemas again.
    closed[key] = key === 'properties' && inSchema && value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, closeObjects(schema, true)]))
      : closeObjects(value, inSchema || key === 'schema' || key === 'schemas');
  }
  if (inSchema && typeof node['properties'] === 'object' && node['additionalProperties'] === undefined) closed['additionalProperties'] = false;
  return closed;
}

export interface Contract {
  definition: Definition;
  /** The operation a concrete path and method take, with its path template. */
  operationFor(method: string, path: string): { template: string; operation: Operation } | undefined;
  /** What is wrong with a request; empty when the definition describes it. */
  requestProblems(request: WireRequest): string[];
  /** What is wrong with an answer (a JSON body, or undefined for none); empty when the definition describes it. */
  responseProblems(request: Pick<WireRequest, 'method' | 'path'>, status: number, body: unknown): string[];
  /** The JSON Schema of an operation's answer with `status`, `$ref`s into the definition. */
  responseSchemaRef(method: string, template: string, status: number): string | undefined;
  ajv: Ajv2020;
}

/**
 * `closed: true` validates against the closed variant (no undeclared fields), for what this project
 * sends; `closed: false` against the definition as it is, for what Label Studio may send.
 */
export function contract({ closed }: { closed: boolean }): Contract {
  const definition = loadDefinition();
  const document = (closed ? closeObjects(definition as unknown as Json, false) : definition) as unknown as Definition;
  // Open enums are `anyOf: [{ enum }, { type: string }]`: a keyword-only branch is deliberate, not a mistake.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
  addFormats.default(ajv, ['date-time']);
  // The OpenAPI document's own fields, at its root only: the schemas inside stay under strict mode.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'paths', 'components']);
  ajv.addSchema(document as unknown as object, 'label-studio');
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (ref: string) => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `label-studio${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };
  const problemsOf = (ref: string, value: unknown, where: string) => {
    const validate = validatorFor(ref);
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  };

  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  }));
  const operationFor = (method: string, path: string) => {
    const found = templates.find(({ pattern }) => pattern.test(path));
    const operation = found && document.paths[found.template]?.[method.toLowerCase()];
    return found && operation ? { template: found.template, operation } : undefined;
  };
  /** An operation's parameters, `$ref`s followed, each with the pointer of its schema. */
  const parametersOf = (template: string, verb: string): (Parameter & { schemaRef: string })[] =>
    (document.paths[template]?.[verb]?.parameters ?? []).map((parameter, index) => {
      if (!isRef(parameter)) return { ...parameter, schemaRef: pointer('paths', template, verb, 'parameters', String(index), 'schema') };
      const resolved = document.components.parameters[parameter.$ref.split('/').at(-1) ?? ''];
      if (!resolved) throw new Error(`unresolved ${parameter.$ref}`);
      return { ...resolved, schemaRef: `${parameter.$ref}/schema` };
    });

  const responseSchemaRef = (method: string, template: string, status: number) => {
    const operation = document.paths[template]?.[method.toLowerCase()];
    if (!operation) return undefined;
    const key = String(status) in operation.responses ? String(status) : 'default';
    const response = operation.responses[key];
    if (!response) return undefined;
    if (isRef(response)) return `${response.$ref}/content/application~1json/schema`;
    return response.content?.['application/json'] ? `${pointer('paths', template, method.toLowerCase(), 'responses', key, 'content', 'application/json', 'schema')}` : undefined;
  };

  return {
    definition,
    ajv,
    operationFor,
    responseSchemaRef,
    requestProblems({ method, path, query, body }) {
      const found = operationFor(method, path);
      if (!found) return [`${method} ${path}: no such operation`];
      const { template, operation } = found;
      const verb = method.toLowerCase();
      const parameters = parametersOf(template, verb);
      const problems: string[] = [];

      // Path parameters: the template's placeholders, in order.
      const values = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(path)?.slice(1) ?? [];
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      names.forEach((name, position) => {
        const parameter = parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
        if (!parameter) problems.push(`path parameter ${name} not declared`);
        else problems.push(...problemsOf(parameter.schemaRef, coerce(decodeURIComponent(values[position] ?? ''), parameter.schema, document), `path ${name}`));
      });

      const seen = new Set<string>();
      for (const pair of query === '' ? [] : query.split('&')) {
        const mark = pair.indexOf('=');
        const name = decodeURIComponent(mark === -1 ? pair : pair.slice(0, mark));
        const raw = mark === -1 ? '' : pair.slice(mark + 1);
        const parameter = parameters.find((candidate) => candidate.in === 'query' && candidate.name === name);
        if (!parameter) {
          problems.push(`query parameter ${name} is not in the definition`);
          continue;
        }
        if (seen.has(name)) problems.push(`query parameter ${name} sent twice`);
        seen.add(name);
        const value = queryValue(raw, parameter, document);
        problems.push(...problemsOf(parameter.schemaRef, value, `query ${name}=${raw.slice(0, 80)}`));
      }
      for (const parameter of parameters) {
        if (parameter.in === 'query' && parameter.required && !seen.has(parameter.name)) problems.push(`query parameter ${parameter.name} is required`);
      }

      const declared = operation.requestBody;
      if (body === undefined) {
        if (declared?.required) problems.push('a JSON body is required');
      } else if (!declared?.content['application/json']) {
        problems.push('a body the operation does not take');
      } else {
        problems.push(...problemsOf(pointer('paths', template, verb, 'requestBody', 'content', 'application/json', 'schema'), body, 'body'));
      }
      return problems;
    },
    responseProblems({ method, path }, status, body) {
      const found = operationFor(method, path);
      if (!found) return [`${method} ${path}: no such operation`];
      const ref = responseSchemaRef(method, found.template, status);
      if (ref === undefined) return body === undefined ? [] : [`${status}: the definition documents no body`];
      return problemsOf(ref, body, `${status} body`);
    },
  };
}

/** A schema with its top-level `$ref` followed (parameters' item schemas point into components). */
function resolve(schema: JsonSchema, document: Definition): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').at(-1) ?? '';
  return document.components.schemas[name] ?? schema;
}

/** The JSON types a schema allows, looking through one `anyOf`. */
function typesOf(schema: JsonSchema, document: Definition): string[] {
  const resolved = resolve(schema, document);
  const type = resolved['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  const anyOf = resolved['anyOf'];
  return Array.isArray(anyOf) ? anyOf.flatMap((branch) => (branch && typeof branch === 'object' && !Array.isArray(branch) ? typesOf(branch, document) : [])) : [];
}

/** A query string item as the server's form field reads it: numbers and booleans from their text, anything else stays text. */
function coerce(text: string, schema: JsonSchema, document: Definition): unknown {
  const types = typesOf(schema, document);
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** `style: form, explode: false` arrays are comma-separated items, each percent-encoded on its own. */
function queryValue(raw: string, parameter: Parameter, document: Definition): unknown {
  const schema = parameter.schema;
  if (schema['type'] === 'array' && parameter.style === 'form' && parameter.explode === false) {
    const items = schema['items'] as JsonSchema;
    return raw.split(',').map((item) => coerce(decodeURIComponent(item), items, document));
  }
  return coerce(decodeURIComponent(raw), schema, document);
}
