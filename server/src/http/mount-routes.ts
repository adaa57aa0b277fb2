import type Router from '@koa/router';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from 'koa';
import type { z } from 'zod';
import { roleAtLeast } from '../db/entities/index.ts';
import { AppError, type FieldError } from '../errors.ts';
import { authenticateApiKey } from '../services/api-keys.ts';
import { csrfTokenMatches, resolveSession } from '../services/auth/sessions.ts';
import { requestHash, withIdempotency } from '../services/idempotency.ts';
import { sha256 } from '../services/secrets.ts';
import { manageTokenOf } from './manage-token.ts';
import type { RateLimiter } from './middleware/rate-limit.ts';
import type { Caller, HandlerResult, Route, RouteAuth } from './route.ts';
import { sessionTokenOf } from './session-cookie.ts';

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

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The caller behind a dashboard session cookie. A cookie rides along on any request the
 * browser makes, so every write must also carry the session's CSRF token (which only the
 * dashboard's own pages can read from `/v1/auth/session`).
 */
async function sessionCaller(ctx: Context, em: EntityManager, now: Date, secretKey: string): Promise<Caller> {
  const token = sessionTokenOf(ctx);
  const session = token ? await resolveSession(em, token, now) : null;
  if (!token || !session || session.member.status !== 'active') {
    throw AppError.unauthorized('Sign in, or send an API key as Authorization: Bearer sk_...');
  }
  if (!SAFE_METHODS.has(ctx.method) && !csrfTokenMatches(secretKey, token, ctx.get('X-CSRF-Token') || undefined)) {
    throw AppError.forbidden('The CSRF token is missing or wrong: send the session\'s csrfToken as X-CSRF-Token.');
  }
  const member = session.member;
  return {
    workspaceId: session.workspace.id, role: member.role, actor: `admin:member:${member.id}`, credentialId: `member:${member.id}`,
    memberId: member.id, hostIds: member.role === 'staff' ? member.hosts.getItems().map((h) => h.id) : null,
  };
}

/** An API key (Authorization: Bearer) or else the session cookie; then the route's role. */
async function authenticate(ctx: Context, em: EntityManager, auth: RouteAuth, now: Date, secretKey: string): Promise<Caller> {
  const header = ctx.get('Authorization');
  let caller: Caller;
  if (auth.kind === 'session' || (!header && sessionTokenOf(ctx))) {
    caller = await sessionCaller(ctx, em, now, secretKey);
  } else {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw AppError.unauthorized('Send an API key as Authorization: Bearer sk_...');
    const key = await authenticateApiKey(em, match[1]!, now);
    if (!key) throw AppError.unauthorized('The API key is invalid or revoked.');
    // A staff key belongs to no member, so it has no hosts: it sees no bookings.
    caller = { workspaceId: key.workspaceId, role: key.role, actor: `admin:${key.id}`, credentialId: key.id, hostIds: key.role === 'staff' ? [] : null };
  }
  if (auth.kind === 'admin' && !roleAtLeast(caller.role, auth.role)) throw AppError.forbidden();
  return caller;
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
      const caller: Caller = route.auth.kind === 'admin' || route.auth.kind === 'session'
        ? await authenticate(ctx, em, route.auth, now, deps.secretKey)
        // Manage routes scope idempotency by the booking's token too, so a replay needs the token.
        : { workspaceId: '', role: 'viewer' as const, actor: 'customer', credentialId: route.auth.kind === 'manage' ? `manage:${sha256(manageTokenOf(ctx) ?? '')}:${ctx.ip}` : `ip:${ctx.ip}`, hostIds: null };
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
