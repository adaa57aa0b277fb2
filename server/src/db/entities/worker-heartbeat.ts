import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A live job worker pool. A pool that stops beating (its process was killed) has its locked
 * jobs released by the others, instead of after graphile-worker's 4-hour lock expiry.
 */
export const WorkerHeartbeat = defineEntity({
  name: 'WorkerHeartbeat',
  properties: {
    /** graphile-worker's pool id: what its jobs' `locked_by` holds. */
    id: p.string().primary(),
    startedAt: p.datetime(),
    seenAt: p.datetime(),
  },
});
/** A worker heartbeat row. */
export type IWorkerHeartbeat = InferEntity<typeof WorkerHeartbeat>;
