import { createHmac } from 'node:crypto';

/**
 * The `Slotkit-Signature` header of a webhook request: `t=<unix seconds>,v1=<hex HMAC-SHA256
 * of "<t>.<body>">` under the endpoint's secret. Signing the timestamp with the body lets
 * receivers refuse replays of old requests.
 */
export function webhookSignature(secret: string, body: string, timestampSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${v1}`;
}
