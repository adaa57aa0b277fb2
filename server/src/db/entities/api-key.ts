import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { ROLES } from './member.ts';
import { Workspace } from './workspace.ts';

/** A server-to-server credential; only a SHA-256 hash of the secret is stored. */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    name: p.string(),
    role: p.enum(ROLES),
    /** First characters of the secret, to tell keys apart in lists. */
    prefix: p.string().length(16),
    hash: p.string().length(64).unique(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    createdAt: createdAt(),
  },
});
/** An API key row. */
export type IApiKey = InferEntity<typeof ApiKey>;
