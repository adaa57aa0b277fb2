import { z } from 'zod';
import { timeZone } from './common.ts';

/** Fields of a workspace an admin may change. */
export const workspacePatch = z.object({
  name: z.string().trim().min(1).max(200),
  timezone: timeZone,
  /** Pages allowed to call the public routes from a browser; stored as origins (`https://shop.example`). Empty = any. */
  allowedOrigins: z.array(z.url({ protocol: /^https?$/ }).max(300).transform((url) => new URL(url).origin)).max(100),
  branding: z.object({
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #4f46e5').optional(),
    logoUrl: z.url().max(1000).optional(),
  }).strict(),
}).partial().strict();

/** A workspace as the API returns it. */
export const workspaceOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  timezone: z.string(),
  allowedOrigins: z.array(z.string()),
  branding: z.object({ accentColor: z.string().optional(), logoUrl: z.string().optional() }),
}).meta({ id: 'Workspace' });
