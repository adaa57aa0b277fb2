import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common.ts';

/** Workspace branding shown by the widget and in emails. */
export interface Branding {
  accentColor?: string | undefined;
  logoUrl?: string | undefined;
}

/** A tenant: every other row belongs to one workspace. */
export const Workspace = defineEntity({
  name: 'Workspace',
  properties: {
    id: uuidPrimaryKey(),
    slug: p.string().length(63).unique(),
    name: p.string(),
    timezone: p.string(),
    allowedOrigins: p.json<string[]>(),
    branding: p.json<Branding>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
});
/** A workspace row. */
export type IWorkspace = InferEntity<typeof Workspace>;
