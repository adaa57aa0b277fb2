import type { Context, Next } from 'koa';
import { AppError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';

/** SQLSTATE of an exclusion-constraint violation: the slot overlaps a live reservation. */
const EXCLUSION_VIOLATION = '23P01';

/** Maps driver errors we expect to the API's errors; anything else stays unknown. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === EXCLUSION_VIOLATION) return AppError.slotUnavailable();
  return undefined;
}

/**
 * The one error handler: every failure becomes RFC 9457 problem+json with a stable code.
 * Unknown errors are logged with the request id and answered as a bare 500.
 */
export function problemDetails(logger: Logger) {
  return async function problemDetailsMiddleware(ctx: Context, next: Next): Promise<void> {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw AppError.notFound(`${ctx.method} ${ctx.path}`);
      // The router answers a known path with an unsupported method as a bare text/plain 405,
      // outside the contract (every error is problem+json with a fixed code, and none is for
      // methods): answer it as the 404 `not_found` it is for that method. OPTIONS stays 200.
      if (ctx.status === 405 && ctx.body === undefined) throw AppError.notFound(`${ctx.method} ${ctx.path}`);
    } catch (error) {
      let problem = toAppError(error);
      if (!problem) {
        logger.error('unhandled error', { requestId: ctx.state.requestId, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) });
        problem = AppError.internal();
      }
      ctx.status = problem.status;
      ctx.set(problem.headers);
      ctx.type = 'application/problem+json';
      ctx.body = {
        type: `https://slotkit.dev/problems/${problem.code}`,
        title: problem.title,
        status: problem.status,
        code: problem.code,
        detail: problem.message,
        ...(problem.errors ? { errors: problem.errors } : {}),
        requestId: ctx.state.requestId,
      };
    }
  };
}
