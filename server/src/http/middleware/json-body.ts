import type { Context, Next } from 'koa';
import { AppError } from '../../errors.ts';

/**
 * Reads a JSON request body into `ctx.request.body`, refusing bodies over `limitBytes`
 * with 413 and malformed JSON with 422. Bodies are only read for POST, PUT and PATCH.
 */
export function jsonBody(limitBytes: number) {
  return async function jsonBodyMiddleware(ctx: Context, next: Next): Promise<void> {
    if (!['POST', 'PUT', 'PATCH'].includes(ctx.method)) return next();
    const declared = Number(ctx.get('Content-Length') || 0);
    if (declared > limitBytes) throw AppError.payloadTooLarge(limitBytes);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limitBytes) throw AppError.payloadTooLarge(limitBytes);
      chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    ctx.state.rawBody = text;
    if (text.trim() === '') {
      (ctx.request as { body?: unknown }).body = undefined;
    } else {
      if (!ctx.is('json') && ctx.get('Content-Type') !== '') {
        throw AppError.validation([{ path: '', message: 'Content-Type must be application/json' }], 'The request body must be JSON.');
      }
      try {
        (ctx.request as { body?: unknown }).body = JSON.parse(text);
      } catch {
        throw AppError.validation([{ path: '', message: 'Body is not valid JSON' }], 'The request body is not valid JSON.');
      }
    }
    return next();
  };
}
