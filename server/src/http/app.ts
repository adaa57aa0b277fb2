import Router from '@koa/router';
import cors from '@koa/cors';
import type { MikroORM } from '@mikro-orm/postgresql';
import Koa from 'koa';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { cachedQueueMetrics } from '../jobs/queue-metrics.ts';
import { Metrics } from '../metrics.ts';
import { embedOriginPolicy } from './middleware/embed-origins.ts';
import { jsonBody } from './middleware/json-body.ts';
import { problemDetails } from './middleware/problem-details.ts';
import { RateLimiter } from './middleware/rate-limit.ts';
import { requestContext } from './middleware/request-context.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { signInGuard } from './middleware/sign-in-guard.ts';
import { mountRoutes } from './mount-routes.ts';
import { hostedPages } from './hosted-pages.ts';
import { buildOpenApiDocument } from './openapi/document.ts';
import { renderDocsPage } from './openapi/docs-page.ts';
import type { Route } from './route.ts';
import { analyticsRoutes } from './routes/admin-analytics.ts';
import { bookingAdminRoutes } from './routes/admin-bookings.ts';
import { paymentRoutes } from './routes/admin-payments.ts';
import { stripeWebhookRoutes } from './routes/stripe-webhook.ts';
import { memberRoutes } from './routes/admin-members.ts';
import { authRoutes } from './routes/auth.ts';
import { operationsRoutes } from './routes/admin-operations.ts';
import { webhookRoutes } from './routes/admin-webhooks.ts';
import { calendarRoutes } from './routes/admin-calendars.ts';
import { resourceAdminRoutes } from './routes/admin-resources.ts';
import { workspaceRoutes } from './routes/admin-workspace.ts';
import { publicRoutes } from './routes/public.ts';
import { widgetAssets } from './widget-assets.ts';
import { paymentsFor, type Payments } from '../services/payments/provider.ts';
import { adminDashboard } from './admin-dashboard.ts';

/** Everything the HTTP app depends on, passed in (no import-time side effects). */
export interface AppDeps {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  /** The current instant; tests pass a fixed or controllable clock. */
  clock?: () => Date;
  metrics?: Metrics;
  /** The payment provider; by default Stripe when STRIPE_SECRET_KEY is set, else none. */
  payments?: Payments | null;
}

/** The whole route table: the router and the OpenAPI document both read it. */
export function allRoutes(deps: { clock: () => Date; config: Config; payments?: Payments | null }): Route[] {
  const payments = deps.payments !== undefined ? deps.payments : paymentsFor(deps.config);
  const paymentsConfigured = payments !== null;
  return [
    ...publicRoutes({ clock: deps.clock, publicUrl: deps.config.publicUrl, paymentsConfigured, payments, secretKey: deps.config.secretKey }),
    ...workspaceRoutes({ clock: deps.clock }),
    ...resourceAdminRoutes({ clock: deps.clock }),
    ...bookingAdminRoutes({ clock: deps.clock, paymentsConfigured, secretKey: deps.config.secretKey, publicUrl: deps.config.publicUrl, payments }),
    ...paymentRoutes({ clock: deps.clock }),
    ...stripeWebhookRoutes({ clock: deps.clock, payments }),
    ...analyticsRoutes(),
    ...calendarRoutes({ clock: deps.clock, config: deps.config }),
    ...webhookRoutes({ secretKey: deps.config.secretKey, allowPrivateTargets: deps.config.allowPrivateTargets }),
    ...operationsRoutes(),
    ...memberRoutes({ clock: deps.clock, publicUrl: deps.config.publicUrl }),
    ...authRoutes({ clock: deps.clock, config: deps.config }),
  ];
}

/** Builds the Koa application. */
export function createApp(deps: AppDeps): Koa {
  const clock = deps.clock ?? (() => new Date());
  const metrics = deps.metrics ?? new Metrics();
  const app = new Koa({ proxy: deps.config.trustProxy });
  const routes = allRoutes({ clock, config: deps.config, payments: deps.payments !== undefined ? deps.payments : paymentsFor(deps.config, deps.logger) });
  const openapi = buildOpenApiDocument(routes, { version: '1.0.0', serverUrl: deps.config.publicUrl });
  const docsPage = renderDocsPage(openapi);
  const limiter = new RateLimiter(deps.config.bookingRateLimit);

  const router = new Router();
  router.get('/healthz', (ctx) => { ctx.body = { status: 'ok' }; });
  router.get('/readyz', async (ctx) => {
    try {
      await deps.orm.em.getConnection().execute('select 1');
      const pending = await deps.orm.migrator.getPending();
      ctx.status = pending.length ? 503 : 200;
      ctx.body = { status: pending.length ? 'migrations pending' : 'ready', pendingMigrations: pending.map((m) => m.name) };
    } catch {
      ctx.status = 503;
      ctx.body = { status: 'database unreachable' };
    }
  });
  const queueGauges = cachedQueueMetrics(() => deps.orm.em.fork());
  router.get('/metrics', async (ctx) => {
    const queue = await queueGauges();
    ctx.type = 'text/plain; version=0.0.4';
    ctx.body = metrics.render() + queue;
  });
  router.get('/openapi.json', (ctx) => { ctx.body = openapi; });
  router.get('/docs', (ctx) => { ctx.type = 'html'; ctx.body = docsPage; });
  mountRoutes(router, routes, { clock, limiter, secretKey: deps.config.secretKey });

  const publicCors = cors({
    origin: embedOriginPolicy(() => deps.orm.em.fork()),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'X-Manage-Token', 'X-Request-Id'],
    exposeHeaders: ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });

  app.use(requestContext(deps.logger, metrics));
  app.use(problemDetails(deps.logger));
  app.use(securityHeaders);
  app.use((ctx, next) => (ctx.path.startsWith('/v1/public/') ? publicCors(ctx, next) : next()));
  app.use(signInGuard(router, routes));
  app.use(jsonBody(deps.config.bodyLimitBytes));
  app.use((ctx, next) => {
    ctx.state.em = deps.orm.em.fork();
    return next();
  });
  app.use(widgetAssets());
  app.use(adminDashboard());
  app.use(hostedPages());
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
