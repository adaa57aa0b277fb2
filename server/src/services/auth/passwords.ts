import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Shortest and longest password accepted (characters). */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** scrypt cost N = 2^15, r = 8, p = 1 (32 MiB, about 0.1 s on a small server); stored with each hash, so it can be raised without breaking older ones. */
const DEFAULT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, scryptOptions, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A salted scrypt hash of a password, with its parameters: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, DEFAULT);
  return ['scrypt', DEFAULT.N, DEFAULT.r, DEFAULT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of no password, checked against when no member matches, so timing does not tell unknown emails apart. */
let decoy: Promise<string> | undefined;

/**
 * Whether `password` matches `stored` (compared in constant time). With no stored hash it
 * still spends the same work on a decoy, so an unknown account answers as slowly as a wrong password.
 */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const hash = stored ?? await (decoy ??= hashPassword('slotkit decoy password'));
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected) && stored != null;
}
