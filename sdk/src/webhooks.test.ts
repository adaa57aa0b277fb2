import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from './webhooks.ts';

const secret = 'whsec_test_secret';
const payload = JSON.stringify({ id: 'evt_1', type: 'booking.created', createdAt: '2026-12-01T09:00:00Z', workspace: 'acme', booking: { uid: 'bk_1' } });
const now = Date.parse('2026-12-01T09:00:10Z');
const t = Math.floor(Date.parse('2026-12-01T09:00:00Z') / 1000);

/** An independent signer: Web Crypto HMAC-SHA256 over `t.body`, hex. */
async function sign(body: string, timestamp: number, key = secret): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(`${timestamp}.${body}`)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('verifyWebhook', () => {
  it('returns the event of a genuine request', async () => {
    const header = `t=${t},v1=${await sign(payload, t)}`;
    const event = await verifyWebhook({ payload, header, secret, now });
    expect(event).toMatchObject({ id: 'evt_1', type: 'booking.created', booking: { uid: 'bk_1' } });
  });

  it('accepts any of several v1 signatures (while a secret is being rolled)', async () => {
    const header = `t=${t}, v1=${await sign(payload, t, 'whsec_old')}, v1=${await sign(payload, t)}`;
    await expect(verifyWebhook({ payload, header, secret, now })).resolves.toMatchObject({ id: 'evt_1' });
  });

  it.each([
    ['a missing header', async () => undefined, /missing or malformed/],
    ['no timestamp', async () => `v1=${await sign(payload, t)}`, /missing or malformed/],
    ['a signature of another body', async () => `t=${t},v1=${await sign(payload + ' ', t)}`, /does not match/],
    ['another secret', async () => `t=${t},v1=${await sign(payload, t, 'whsec_other')}`, /does not match/],
    ['a re-signed old timestamp', async () => `t=${t - 600},v1=${await sign(payload, t - 600)}`, /too old/],
    ['a timestamp from the future', async () => `t=${t + 600},v1=${await sign(payload, t + 600)}`, /too old/],
  ])('refuses %s', async (_name, header, message) => {
    const error = await verifyWebhook({ payload, header: await header(), secret, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(message);
  });

  it('honours a wider tolerance', async () => {
    const header = `t=${t - 600},v1=${await sign(payload, t - 600)}`;
    await expect(verifyWebhook({ payload, header, secret, now, toleranceSeconds: 900 })).resolves.toMatchObject({ id: 'evt_1' });
  });
});
