import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.ts';
import { sealer, sha256, UNREADABLE } from './secrets.ts';

/** How long a key's first response is replayed. */
const TTL_MS = 24 * 60 * 60 * 1000;

/** A response to replay. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** Stable JSON (sorted keys) so equal bodies hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The fingerprint of a request: its operation, validated parameters and canonical body. */
export function requestHash(operation: string, params: unknown, body: unknown): string {
  return sha256(`${operation} ${canonical(params)}\n${canonical(body)}`);
}

/** Deletes every record past its 24 hours; returns how many. */
export async function purgeExpiredIdempotencyRecords(em: EntityManager, now: Date): Promise<number> {
  const result = await em.execute<{ affectedRows?: number }>('delete from idempotency_record where expires_at <= ?', [now], 'run');
  return result.affectedRows ?? 0;
}

/**
 * Runs `work` at most once per (scope, key) in one transaction. The key is claimed first:
 * a concurrent request with the same key waits on the unique index until the first one
 * commits (and then replays its response) or rolls back (and then runs itself). Failed
 * attempts roll back and so store nothing; only successful responses are replayed.
 */
export async function withIdempotency(
  em: EntityManager, secretKey: string, scope: string, key: string, hash: string, now: Date, work: (tx: EntityManager) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const { seal, open } = sealer(secretKey, 'idempotency');
  return em.transactional(async (tx) => {
    const forget = () => tx.execute('delete from idempotency_record where scope = ? and key = ?', [scope, key]);
    const claim = () => tx.execute<{ id: string }[]>(
      `insert into idempotency_record (id, scope, key, request_hash, response_status, response_body, created_at, expires_at)
       values (gen_random_uuid(), ?, ?, ?, 0, 'null', ?, ?) on conflict (scope, key) do nothing returning id`,
      [scope, key, hash, now, new Date(now.getTime() + TTL_MS)],
    );
    await tx.execute('delete from idempotency_record where scope = ? and key = ? and expires_at <= ?', [scope, key, now]);
    let claimed = await claim();
    if (!claimed[0]) {
      const [existing] = await tx.execute<{ request_hash: string; response_status: number; response_body: unknown }[]>(
        'select request_hash, response_status, response_body from idempotency_record where scope = ? and key = ?', [scope, key],
      );
      if (!existing || existing.request_hash !== hash) throw AppError.idempotencyConflict();
      const body = open(existing.response_body as string);
      if (body !== UNREADABLE) return { status: existing.response_status, body, replayed: true };
      // Sealed under a SECRET_KEY since rotated: it cannot be replayed, so it counts as expired.
      await forget();
      claimed = await claim();
    }
    const response = await work(tx);
    await tx.execute('update idempotency_record set response_status = ?, response_body = ? where id = ?',
      [response.status, JSON.stringify(seal(response.body)), claimed[0]!.id]);
    return { ...response, replayed: false };
  });
}
