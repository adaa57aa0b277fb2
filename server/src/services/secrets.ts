import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

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

/** A new public booking uid: `bk_` and 120 random bits. */
export function newBookingUid(): string {
  return `bk_${randomToken(15)}`;
}

/**
 * The manage token of a booking, derived (HMAC-SHA256 under SECRET_KEY) from its uid and its
 * own random salt: only its hash is stored, yet emails sent later (reminders, reschedules)
 * can carry the link. The salt keeps tokens unguessable even where SECRET_KEY is the
 * development default.
 */
export function manageTokenFor(secretKey: string, uid: string, salt: string): string {
  return createHmac('sha256', secretKey).update(`slotkit manage\0${uid}\0${salt}`).digest('base64url');
}

/** A booking's manage-token salt: 128 random bits. */
export function newManageTokenSalt(): string {
  return randomToken(16);
}

/** What `open` answers for a value sealed under another SECRET_KEY (or damaged). */
export const UNREADABLE = Symbol('unreadable');

/**
 * AES-256-GCM under a key derived from SECRET_KEY and a purpose, for secrets the server must
 * read back later (stored responses that hold one-time secrets, webhook signing secrets).
 */
export function sealer(secretKey: string, purpose: string) {
  const key = createHash('sha256').update(`slotkit ${purpose}\0${secretKey}`).digest();
  return {
    seal(value: unknown): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    /** The sealed value, or UNREADABLE when it was sealed under another SECRET_KEY. */
    open(sealed: string): unknown {
      try {
        const raw = Buffer.from(sealed, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
      } catch {
        return UNREADABLE;
      }
    },
  };
}
