import { z } from 'zod';

/** Fields to create an API key. */
export const apiKeyInput = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.enum(['owner', 'admin', 'staff', 'viewer']).default('admin'),
}).strict();

/** An API key as listed (never the secret). */
export const apiKeyOutput = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['owner', 'admin', 'staff', 'viewer']),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
}).meta({ id: 'ApiKey' });
