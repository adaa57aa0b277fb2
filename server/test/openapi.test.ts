import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { allRoutes } from '../src/http/app.ts';
import { startTestServer, type TestServer } from './harness.ts';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let server: TestServer;
let doc: Json;

beforeAll(async () => {
  server = await startTestServer();
  const res = await server.request('GET', '/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  doc = res.body;
});
afterAll(() => server.close());

const routes = () => allRoutes({ clock: () => server.clock.now(), config: loadConfig({}) });
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function operations(): [string, string, Json][] {
  return Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).filter(([method]) => METHODS.includes(method)).map(([method, op]) => [path, method, op as Json] as [string, string, Json]));
}

/** Every `$ref` string in a JSON value, with where it was found. */
function refs(value: unknown, at = '#'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refs(v, `${at}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [[v, at] as [string, string]] : refs(v, `${at}/${k}`)));
  }
  return [];
}

function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref.slice(2).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), root);
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(doc) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
  });

  it('documents every route of the table under its path and method with a unique operationId', () => {
    const table = routes();
    expect(table.length).toBeGreaterThan(30);
    for (const route of table) {
      const op = doc.paths[openApiPath(route.path)]?.[route.method];
      expect(op, `${route.method.toUpperCase()} ${route.path}`).toBeDefined();
      expect(op.operationId).toBe(route.operationId);
      expect(op.summary, route.operationId).toEqual(expect.any(String));
      // Every `{param}` of the path is declared, required, in the path.
      for (const [, name] of openApiPath(route.path).matchAll(/\{(\w+)\}/g)) {
        expect(op.parameters, `${route.operationId} ${name}`).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
      }
      // Admin routes say they need the API key; public ones do not.
      if (route.auth.kind === 'admin') expect(op.security, route.operationId).toEqual([{ apiKey: [] }, { session: [] }]);
      else if (route.auth.kind === 'session') expect(op.security, route.operationId).toEqual([{ session: [] }]);
      else expect(op.security ?? [], route.operationId).toEqual([]);
      if (route.body) expect(op.requestBody?.content?.['application/json']?.schema, route.operationId).toBeDefined();
    }
    const ids = operations().map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // ...and nothing undocumented-by-the-table sneaks in.
    expect(ids.sort()).toEqual(table.map((r) => r.operationId).sort());
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('describes every response, errors as problem+json', () => {
    for (const [path, method, op] of operations()) {
      const responses = Object.entries(op.responses as Json);
      expect(responses.length, `${method} ${path}`).toBeGreaterThan(0);
      expect(responses.some(([status]) => /^2\d\d$/.test(status)), `${method} ${path} has a success response`).toBe(true);
      for (const [status, response] of responses) {
        expect(typeof response.description, `${method} ${path} ${status}`).toBe('string');
        expect(response.description.trim().length, `${method} ${path} ${status}`).toBeGreaterThan(0);
      }
      expect(op.responses.default?.content?.['application/problem+json']?.schema).toEqual({ $ref: '#/components/schemas/Problem' });
    }
  });

  it('names the contract\'s schemas in components, with the contract\'s fields', () => {
    const schemas = doc.components.schemas as Json;
    for (const name of ['Booking', 'EventTypePublic', 'Problem']) expect(schemas, name).toHaveProperty(name);
    const fields = (name: string) => Object.keys(schemas[name].properties ?? {});
    expect(fields('Booking')).toEqual(expect.arrayContaining([
      'uid', 'status', 'eventType', 'host', 'start', 'end', 'timezone', 'attendee', 'seats', 'guests', 'answers', 'price',
      'location', 'createdAt', 'updatedAt', 'cancelReason',
    ]));
    expect(fields('EventTypePublic')).toEqual(expect.arrayContaining([
      'slug', 'title', 'description', 'durations', 'defaultDuration', 'seats', 'price', 'location', 'questions', 'requiresConfirmation',
    ]));
    expect(fields('Problem')).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code', 'detail', 'errors']));
    expect([...schemas.Problem.properties.code.enum].sort()).toEqual([
      'booking_not_modifiable', 'forbidden', 'idempotency_conflict', 'internal', 'invalid_signature', 'last_owner', 'member_exists', 'not_found', 'payload_too_large',
      'payment_provider_error', 'payments_not_configured', 'rate_limited', 'refund_exceeds_payment', 'setup_done', 'slot_unavailable', 'slug_taken',
      'unauthorized', 'validation_failed',
    ]);
    expect(schemas.Booking.properties.status.enum).toEqual(expect.arrayContaining(['confirmed', 'cancelled', 'pending_confirmation']));
  });

  it('resolves every $ref inside the document', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const [ref, at] of all) {
      expect(ref, at).toMatch(/^#\//);
      expect(resolvePointer(doc, ref), `${ref} (at ${at})`).toBeDefined();
    }
    // Named schemas are used, not inlined twice: a booking response refers to Booking.
    const getBooking = doc.paths['/v1/public/bookings/{uid}'].get.responses['200'].content['application/json'].schema;
    expect(getBooking).toEqual({ $ref: '#/components/schemas/Booking' });
  });
});

describe('docs page', () => {
  it('is self-contained HTML listing every path', async () => {
    const res = await server.request('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = res.text;
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|cdn\.|unpkg|jsdelivr|cdnjs/i);
    for (const [path, method, op] of operations()) {
      expect(html, path).toContain(`<code>${path}</code>`);
      expect(html, `${method} ${path}`).toContain(`id="${op.operationId}"`);
    }
    expect(html).toContain('href="/openapi.json"');
  });
});
