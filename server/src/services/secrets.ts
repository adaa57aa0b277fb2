import { createHash, randomBytes } from 'node:crypto';

/** Hex SHA-256: how API keys and manage tokens are stored (high-entropy secrets need no salt). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A URL-safe random string carrying `bytes * 8` bits of entropy. */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** A new API key secret: `sk_` and 256 random bits. */
export function newApiKeySecret(): string {
  return `sk_${randomToken(32)}`;
}

/** A new booking manage token: 256 random bits. */
export function newManageToken(): string {
  return randomToken(32);
}

/** A new public booking uid: `bk_` and 120 random bits. */
export function newBookingUid(): string {
  return `bk_${randomToken(15)}`;
}
