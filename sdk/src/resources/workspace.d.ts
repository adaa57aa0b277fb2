import type { Request, RequestOptions } from '../request.ts';
import type { ApiKey, Body } from '../types.ts';
/** The caller's workspace. */
export declare function workspaceResource(request: Request): {
    /** The workspace the API key belongs to. */
    get: (o?: RequestOptions) => Promise<{
        id: string;
        slug: string;
        name: string;
        timezone: string;
        allowedOrigins: string[];
        branding: {
            accentColor?: string;
            logoUrl?: string;
        };
    }>;
    /** Changes name, time zone, embed origins or branding. */
    update: (body: Body<'updateWorkspace'>, o?: RequestOptions) => Promise<{
        id: string;
        slug: string;
        name: string;
        timezone: string;
        allowedOrigins: string[];
        branding: {
            accentColor?: string;
            logoUrl?: string;
        };
    }>;
};
/** The workspace's API keys. */
export declare function apiKeysResource(request: Request): {
    /** Live keys, never their secrets. */
    list: (o?: RequestOptions) => Promise<{
        data: ApiKey[];
    }>;
    /** Creates a key; `secret` is returned only now. */
    create: (body: Body<'createApiKey'>, o?: RequestOptions) => Promise<{
        id: string;
        name: string;
        role: "owner" | "admin" | "staff" | "viewer";
        prefix: string;
        createdAt: string;
        lastUsedAt: string | null;
    } & {
        secret: string;
    }>;
    /** Revokes a key at once. */
    revoke: (id: string, o?: RequestOptions) => Promise<undefined>;
};
