import { z } from 'zod';
import { problem } from '../schemas/common.ts';
import type { Route } from '../route.ts';

type JsonObject = Record<string, unknown>;

/**
 * Converts a zod schema to JSON Schema 2020-12 (what OpenAPI 3.1 uses), moving named
 * schemas (`.meta({ id })`) into `components.schemas` so they appear once.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', components: JsonObject): JsonObject {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as JsonObject;
  delete json.$defs;
  const rewrite = (value: JsonObject) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonObject;
  for (const [name, def] of Object.entries(defs)) components[name] ??= rewrite(def as JsonObject);
  return rewrite(json);
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query', components: JsonObject) {
  if (!schema) return [];
  const json = toSchema(schema, 'input', components);
  const props = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
}

/** Builds the OpenAPI 3.1 document from the route table: the contract has one source. */
export function buildOpenApiDocument(routes: Route[], info: { version: string; serverUrl: string }): JsonObject {
  const components: JsonObject = {};
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const operation: JsonObject = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: [
        ...parameters(route.params, 'path', components),
        ...parameters(route.query, 'query', components),
        ...(route.auth.kind === 'manage' ? [{ name: 'token', in: 'query', required: false, schema: { type: 'string' }, description: 'Manage token (or the X-Manage-Token header)' }] : []),
        ...(route.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 1, maxLength: 255 } }] : []),
      ],
      responses: Object.fromEntries(Object.entries(route.responses).map(([status, spec]) => [status, {
        description: spec.description,
        ...(spec.schema || spec.contentType ? {
          content: { [spec.contentType ?? 'application/json']: { schema: spec.schema ? toSchema(spec.schema, 'output', components) : { type: 'string' } } },
        } : {}),
      }])),
      security: route.auth.kind === 'admin' ? [{ apiKey: [] }, { session: [] }] : route.auth.kind === 'session' ? [{ session: [] }] : [],
    };
    (operation.responses as JsonObject).default = {
      description: 'Error (RFC 9457 problem details)',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
    if (route.body) {
      // Bodies that may be left out (cancel, confirm...) are documented as optional.
      operation.requestBody = { required: !route.body.safeParse(undefined).success, content: { 'application/json': { schema: toSchema(route.body, 'input', components) } } };
    }
    (paths[path] ??= {})[route.method] = operation;
  }
  toSchema(problem, 'output', components);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Slotkit API',
      version: info.version,
      description: 'Headless booking API: public booking routes for customers and widgets, admin routes for workspace owners.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: info.serverUrl }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key starting with sk_' },
        session: { type: 'apiKey', in: 'cookie', name: 'slotkit_session', description: 'The dashboard\'s session cookie (from POST /v1/auth/login); writes also need the session\'s csrfToken as X-CSRF-Token' },
      },
    },
  };
}
