import type { Context } from 'koa';
import { z } from 'zod';
import type { Role } from '../db/entities/index.ts';

/** Who is calling, once authenticated. */
export interface Caller {
  workspaceId: string;
  role: Role;
  /** For the audit trail: `admin:<key id>`, or `admin:member:<member id>` for a dashboard session. */
  actor: string;
  /** Identifies the credential for idempotency scoping. */
  credentialId: string;
  /** The signed-in member, when the call came with a session cookie rather than an API key. */
  memberId?: string | undefined;
  /**
   * The hosts whose bookings the caller may see and act on; `null` means every host. Staff
   * members have their own hosts; a staff API key belongs to nobody, so it has none.
   */
  hostIds: string[] | null;
}

/** How a route is authenticated. */
export type RouteAuth =
  | { kind: 'public' }
  | { kind: 'manage' }
  | { kind: 'admin'; role: Role }
  /** A dashboard session cookie only (an API key is not a session). */
  | { kind: 'session' };

/** One documented response. */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** What a handler returns: a JSON body with a status, or a raw body with a content type. */
export type HandlerResult =
  | { status?: number; body: unknown; headers?: Record<string, string> }
  | { status?: number; raw: string | NodeJS.ReadableStream; contentType: string; headers?: Record<string, string> };

type Input<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  ctx: Context;
  caller: Caller;
};

/** A route: its contract (for validation and OpenAPI) and its thin handler. */
export interface Route<P = any, Q = any, B = any> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Koa-style path, e.g. `/v1/hosts/:id`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Accepts an Idempotency-Key header. */
  idempotent?: boolean;
  /** Rate-limited per client address (booking creation). */
  rateLimited?: boolean;
  /** Sets a session cookie (sign-in): only same-site JSON requests may call it (see middleware/sign-in-guard.ts). */
  startsSession?: boolean;
  responses: Record<number, ResponseSpec>;
  handler: (input: Input<P, Q, B>) => Promise<HandlerResult>;
}

/** Declares a route with inferred input types. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(route: Route<P, Q, B>): Route<P, Q, B> {
  return route;
}
