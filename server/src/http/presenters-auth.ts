import type { IMember, IWorkspace } from '../db/entities/index.ts';
import { iso } from './presenters.ts';

/** A member as the API shows it (hosts must be loaded). */
export function presentMember(m: IMember) {
  return {
    id: m.id, email: m.email, name: m.name, role: m.role, hostIds: m.hosts.getItems().map((h) => h.id), status: m.status,
    lastSignInAt: m.lastSignInAt ? iso(m.lastSignInAt) : null, createdAt: iso(m.createdAt),
  };
}

/** A dashboard session as the API shows it. */
export function presentSession(member: IMember, workspace: IWorkspace, csrfToken: string) {
  return {
    member: presentMember(member),
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name, timezone: workspace.timezone },
    csrfToken,
  };
}
