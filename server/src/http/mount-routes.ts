import type Router from '@koa/router';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from 'koa';
import type { z } from 'zod';
import { roleAtLeast, type Role } from '../db/entities/index.ts';
import { AppError, type FieldError } from '../errors.ts';
import { authenticateApiKey } from '../services/api-keys.ts';
import { requestHash, withIdempotency } from '../services/idempotency.ts';
import { sha256 } from '../services/secrets.ts';
import { manageTokenOf } from './manage-token.ts';
import type { RateLimiter } from './middleware/rate-limit.ts';
import type { Caller, HandlerResult, Route } from './route.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** What the routes need from the app. */
export interface MountDeps {
  clock: () => Date;
  limiter: RateLimiter;
  /** Encrypts stored idempotent responses. */
  secretKey: string;
}

/** Text PostgreSQL cannot store: NUL (in text or jsonb) and lone UTF-16 surrogates (in jsonb). */
const unstorable = (text: string) => text.includes('\u0000') || !text.isWellFormed();

/**
 * Paths of strings (and object keys) in `value` that PostgreSQL cannot store. Such input
 * used to pass validation and fail the INSERT with a 500; it is refused up front instead.
 * Iterative, as JSON bodies may nest thousands deep.
 */
function unstorablePaths(value: unknown, prefix: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, prefix]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (unstorable(node)) found.push(path);
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path ? `${path}.${key}` : key;
        if (unstorable(key)) found.push(JSON.stringify(childPath).slice(1, -1));
        else stack.push([child, childPath]);
      }
    }
  }
  return found;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, prefix: string): T {
  if (!schema) return undefined as T;
  const bad = unstorablePaths(value, prefix);
  if (bad.length) throw AppError.validation(bad.map((path) => ({ path, message: 'must be valid Unicode text without NUL (U+0000) characters' })));
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  throw AppError.validation(errors);
}

async function authenticate(ctx: Context, em: EntityManager, required: Role, now: Date): Promise<Caller> {
  const header = ctx.get('Authorization');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw AppError.unauthorized('Send an API key as Authorization: Bearer sk_...');
  const key = await authenticateApiKey(em, match[1]!, now);
  if (!key) throw AppError.unauthorized('The API key is invalid or revoked.');
  if (!roleAtLeast(key.role, required)) throw AppError.forbidden();
  return { workspaceId: key.workspaceId, role: key.role, actor: `admin:${key.id}`, credentialId: key.id };
}

function respond(ctx: Context, result: HandlerResult): void {
  ctx.status = result.status ?? 200;
  if (result.headers) ctx.set(result.headers);
  if ('raw' in result) {
    ctx.type = result.contentType;
    ctx.body = result.raw;
  } else if (result.status === 204) {
    ctx.body = null;
  } else {
    ctx.body = result.body;
  }
}

/** Registers each route on the router: auth, validation, idempotency, then the handler. */
export function mountRoutes(router: Router, routes: Route[], deps: MountDeps): void {
  for (const route of routes) {
    router[route.method](route.path, async (ctx: Context) => {
      const now = deps.clock();
      const em = ctx.state.em as EntityManager;
      if (route.rateLimited) deps.limiter.hit(ctx.ip, now.getTime());
      const caller = route.auth.kind === 'admin'
        ? await authenticate(ctx, em, route.auth.role, now)
        // Manage routes scope idempotency by the booking's token too, so a replay needs the token.
        : { workspaceId: '', role: 'viewer' as const, actor: 'customer', credentialId: route.auth.kind === 'manage' ? `manage:${sha256(manageTokenOf(ctx) ?? '')}:${ctx.ip}` : `ip:${ctx.ip}` };
      const params = parse(route.params, ctx.params, '');
      const query = parse(route.query, ctx.query, '');
      const body = parse(route.body, (ctx.request as { body?: unknown }).body ?? (route.body ? {} : undefined), '');
      const key = ctx.get('Idempotency-Key');
      if (!route.idempotent || !key) {
        respond(ctx, await route.handler({ params, query, body, ctx, caller }));
        return;
      }
      if (!IDEMPOTENCY_KEY.test(key)) throw AppError.validation([{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
      // Built from validated parameters, not the raw path, so `/v1/public/%61cme` is `acme`.
      const scope = `${route.operationId}:${caller.workspaceId || JSON.stringify(params)}:${caller.credentialId}`;
      const hash = requestHash(route.operationId, params, (ctx.request as { body?: unknown }).body ?? null);
      const result = await withIdempotency(em, deps.secretKey, scope, key, hash, now, async (tx) => {
        ctx.state.em = tx;
        const out = await route.handler({ params, query, body, ctx, caller });
        if ('raw' in out) throw new Error('idempotent routes answer JSON');
        return { status: out.status ?? 200, body: out.body };
      });
      ctx.state.em = em;
      if (result.replayed) ctx.set('Idempotent-Replayed', 'true');
      respond(ctx, { status: result.status, body: result.body });
    });
  }
}
