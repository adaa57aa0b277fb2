import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from '../../logger.ts';
import type { Metrics } from '../../metrics.ts';

const REQUEST_ID = /^[\w.-]{1,128}$/;

/** A host's calendar feed URL is its only credential: request logs must not keep it. */
function redactSecrets(path: string): string {
  return path.replace(/^\/v1\/public\/feeds\/[^/]+$/, '/v1/public/feeds/[redacted].ics');
}

/**
 * Gives every request an id (honouring a sane incoming X-Request-Id), logs one JSON line
 * when it ends, and feeds the request metrics.
 */
export function requestContext(logger: Logger, metrics: Metrics) {
  return async function requestContextMiddleware(ctx: Context, next: Next): Promise<void> {
    const started = performance.now();
    const incoming = ctx.get('X-Request-Id');
    const requestId = REQUEST_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const route = (ctx as Context & { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      metrics.increment('slotkit_http_requests_total', 'HTTP requests answered.', { method: ctx.method, route, status: String(ctx.status) });
      metrics.observeRequest(route, seconds);
      logger.info('request', { requestId, method: ctx.method, path: redactSecrets(ctx.path), route, status: ctx.status, ms: Math.round(seconds * 10000) / 10 });
    }
  };
}
