import Stripe from 'stripe';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';

/** What a Checkout Session for one booking asks of the customer. */
export interface CheckoutRequest {
  /** Our payment id: the Stripe idempotency key, so a retried create makes one session. */
  paymentId: string;
  bookingUid: string;
  /** Line item name: the event type's title and the time. */
  name: string;
  unitAmount: number;
  quantity: number;
  currency: string;
  customerEmail: string;
  /** Seconds since the epoch; Stripe accepts 30 minutes to 24 hours ahead. */
  expiresAt: number;
  successUrl: string;
  cancelUrl: string;
}

/** A Checkout Session as created. */
export interface CheckoutSession {
  id: string;
  url: string;
}

/** A refund as Stripe made it, or why Stripe refused it (e.g. the charge was already refunded elsewhere). */
export type ProviderRefund = { ok: true; id: string } | { ok: false; failure: string };

/** The few payment provider calls Slotkit makes (Stripe's, through its SDK). */
export interface Payments {
  createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession>;
  /** Ends an open session so it can no longer be paid; resolves false when Stripe refused (already paid or expired). */
  expireCheckoutSession(sessionId: string): Promise<boolean>;
  /** A session as Stripe has it now (what became of one that could not be expired). */
  retrieveCheckoutSession(sessionId: string): Promise<Stripe.Checkout.Session>;
  /** Refunds `amount` of a PaymentIntent; `refundId` (ours) is the idempotency key. Throws when Stripe could not be asked (retry later). */
  refund(request: { refundId: string; paymentIntentId: string; amount: number; reason: string | null; bookingUid: string }): Promise<ProviderRefund>;
  /** Verifies a webhook's `Stripe-Signature` over the raw body and parses the event; throws when the signature is wrong. */
  verifyWebhook(rawBody: string, signature: string | undefined): Stripe.Event;
}

/** Stripe's SDK pointed at `STRIPE_API_URL` when set (tests run a local stand-in there). */
function stripeClient(config: Config & { stripeSecretKey: string }): Stripe {
  const api = config.stripeApiUrl ? new URL(config.stripeApiUrl) : undefined;
  return new Stripe(config.stripeSecretKey, {
    // Every POST carries an idempotency key, so a retry is safe; one is enough: a customer
    // waits for Checkout, so a call gives up after ~20 s (Stripe usually answers in < 1 s).
    maxNetworkRetries: 1,
    timeout: 10_000,
    appInfo: { name: 'Slotkit' },
    ...(api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'http:' ? 80 : 443)), protocol: api.protocol === 'http:' ? 'http' : 'https' } : {}),
  });
}

/** Stripe's Checkout, Refund and webhook calls through the real SDK. */
export function stripePayments(config: Config & { stripeSecretKey: string }, logger?: Logger): Payments {
  const stripe = stripeClient(config);
  /** Creates the session; idempotent by our payment id. */
  const createSession = async (request: CheckoutRequest): Promise<CheckoutSession> => {
    const metadata = { bookingUid: request.bookingUid, paymentId: request.paymentId };
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{
        quantity: request.quantity,
        price_data: { currency: request.currency, unit_amount: request.unitAmount, product_data: { name: request.name } },
      }],
      customer_email: request.customerEmail,
      client_reference_id: request.bookingUid,
      metadata,
      // Failed-payment events are about the PaymentIntent: its metadata names the payment too.
      payment_intent_data: { metadata },
      expires_at: request.expiresAt,
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    }, { idempotencyKey: request.paymentId });
    if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
    return { id: session.id, url: session.url };
  };
  return {
    async createCheckoutSession(request) {
      try {
        return await createSession(request);
      } catch (error) {
        // The customer only hears "retry"; operators need Stripe's reason.
        logger?.warn('Stripe Checkout Session failed', { paymentId: request.paymentId, err: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
    async expireCheckoutSession(sessionId) {
      try {
        await stripe.checkout.sessions.expire(sessionId);
        return true;
      } catch (error) {
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return false;
        throw error;
      }
    },
    retrieveCheckoutSession: (sessionId) => stripe.checkout.sessions.retrieve(sessionId),
    async refund(request) {
      try {
        const refund = await stripe.refunds.create({
          payment_intent: request.paymentIntentId,
          amount: request.amount,
          metadata: { bookingUid: request.bookingUid, refundId: request.refundId, ...(request.reason ? { reason: request.reason.slice(0, 500) } : {}) },
        }, { idempotencyKey: request.refundId });
        return { ok: true, id: refund.id };
      } catch (error) {
        // A refused request will be refused again; anything else (network, 5xx) is worth a retry.
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return { ok: false, failure: error.message };
        throw error;
      }
    },
    verifyWebhook(rawBody, signature) {
      if (!config.stripeWebhookSecret) throw AppError.paymentsNotConfigured();
      try {
        return stripe.webhooks.constructEvent(rawBody, signature ?? '', config.stripeWebhookSecret);
      } catch (error) {
        if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw AppError.invalidSignature();
        throw error;
      }
    },
  };
}

/** The payment provider for this configuration, or none when `STRIPE_SECRET_KEY` is unset. */
export function paymentsFor(config: Config, logger?: Logger): Payments | null {
  return config.stripeSecretKey ? stripePayments({ ...config, stripeSecretKey: config.stripeSecretKey }, logger) : null;
}
