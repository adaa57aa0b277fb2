import { Task } from '@lit/task';
import type { Host, Member } from '@slotkit/sdk';
import { css, html, nothing } from 'lit';

import type { Column } from '../../components/data-table.ts';
import '../../components/data-table.ts';
import { defineElement } from '../../components/define-element.ts';
import '../../components/dialog.ts';
import { FormPage } from '../../components/form-page.ts';
import { sharedStyles } from '../../styles/shared.ts';
import '../../components/page-header.ts';
import '../../components/state-message.ts';
import { renderTask } from '../../components/task-states.ts';
import { showToast } from '../../components/toaster.ts';
import '../../components/copy-button.ts';
import { errorFor, problemMessage, type FieldErrors } from '../../components/field-errors.ts';
import { formBanner, formStyles, selectField, textField } from '../../components/form-fields.ts';
import { formatDateTime } from '../../app/format.ts';

type Role = Member['role'];

const ROLE_LABELS: Record<Role, string> = { owner: 'Owner', admin: 'Admin', staff: 'Staff', viewer: 'Viewer' };
const ROLE_HINTS: Record<Role, string> = {
  owner: 'Everything, including members and owners.',
  admin: 'Everything but inviting owners.',
  staff: 'Sees and handles the bookings of their hosts only.',
  viewer: 'Reads everything, changes nothing.',
};

/** What a failed member change means, in words: `last_owner` gets its own explanation. */
export function memberErrorMessage(error: unknown): string {
  if ((error as { code?: string })?.code === 'last_owner') {
    return 'A workspace always needs an owner. Make another member owner first, then change or remove this one.';
  }
  return problemMessage(error);
}

interface InviteForm {
  email: string;
  name: string;
  role: Role;
  hostIds: string[];
}

/**
 * `#/members`: who can sign in to the dashboard. Invite by email with a role (and hosts for
 * staff), change roles, remove; invited members show until they accept.
 *
 * @summary The members page.
 */
export class MembersPage extends FormPage {
  static override properties = {
    ...FormPage.properties, invite: { state: true },
    invited: { state: true }, removing: { state: true }, rowError: { state: true }, editingHosts: { state: true },
  };
  static override styles = [sharedStyles, formStyles, css`
    form{display:flex;flex-direction:column;gap:.9rem}
    .hosts{display:flex;flex-wrap:wrap;gap:.35rem 1rem}
    .invite-url{width:100%;font-family:var(--sk-mono);font-size:.85rem}
  `];

  declare invite: InviteForm | undefined;
  /** The invitation just sent, with its link. */
  declare invited: { member: Member; inviteUrl: string } | undefined;
  declare removing: Member | undefined;
  declare rowError: { id: string; message: string } | undefined;
  /** The staff member whose hosts are being edited, with the chosen ids. */
  declare editingHosts: { member: Member; hostIds: string[] } | undefined;

  get #isOwner(): boolean {
    return this.session?.member.role === 'owner';
  }

  #data = new Task(this, {
    task: async ([api], { signal }) => {
      const [page, hosts] = await Promise.all([api.members.list({ limit: 100 }, { signal }), api.hosts.list(undefined, { signal })]);
      return { members: page.data, hosts: hosts.data };
    },
    args: () => [this.api] as const,
  });

  #roleOptions() {
    return (['owner', 'admin', 'staff', 'viewer'] as const).filter((r) => r !== 'owner' || this.#isOwner).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  }

  async #sendInvite(event: Event) {
    event.preventDefault();
    const form = this.invite;
    if (!form || this.saving) return;
    const errors: FieldErrors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'enter an email address like name@example.com';
    await this.submit(errors, async () => {
      const result = await this.api.members.invite({
        email: form.email.trim(), role: form.role, ...(form.name.trim() ? { name: form.name.trim() } : {}),
        ...(form.role === 'staff' ? { hostIds: form.hostIds } : {}),
      });
      this.invite = undefined;
      this.invited = result;
      await this.#data.run();
    }, { describe: memberErrorMessage });
  }

  async #change(member: Member, patch: { role?: Role; hostIds?: string[] }, select?: HTMLSelectElement) {
    this.rowError = undefined;
    try {
      const updated = await this.api.members.update(member.id, patch);
      showToast(patch.role ? `${updated.name || updated.email} is now ${ROLE_LABELS[updated.role].toLowerCase()}.` : `Hosts of ${updated.name || updated.email} saved.`);
      this.editingHosts = undefined;
    } catch (error) {
      this.rowError = { id: member.id, message: memberErrorMessage(error) };
      // The select shows what was picked; put it back to the role the member still has.
      if (select) select.value = member.role;
    }
    await this.#data.run();
  }

  async #remove(member: Member) {
    this.rowError = undefined;
    try {
      await this.api.members.remove(member.id);
      showToast(`${member.name || member.email} removed.`);
    } catch (error) {
      this.rowError = { id: member.id, message: memberErrorMessage(error) };
    }
    this.removing = undefined;
    await this.#data.run();
  }

  #columns(hosts: Host[]): Column<Member>[] {
    const hostName = (id: string) => hosts.find((h) => h.id === id)?.name ?? 'Unknown host';
    const me = this.session?.member.id;
    return [
      { key: 'name', label: 'Member', render: (m) => html`<strong>${m.name || m.email}</strong>${m.id === me ? html` <span class="badge">You</span>` : nothing}
        <div class="muted"><small>${m.email}</small></div>
        ${this.rowError?.id === m.id ? html`<p class="error-text" role="alert">${this.rowError.message}</p>` : nothing}` },
      { key: 'role', label: 'Role', render: (m) => (this.isAdmin && (m.role !== 'owner' || this.#isOwner)
        ? html`<label class="sr-only" for="role-${m.id}">Role of ${m.name || m.email}</label>
          <select id="role-${m.id}" @change=${(e: Event) => this.#change(m, { role: (e.target as HTMLSelectElement).value as Role }, e.target as HTMLSelectElement)}>
            ${this.#roleOptions().map((o) => html`<option value=${o.value} ?selected=${o.value === m.role}>${o.label}</option>`)}
          </select>`
        : ROLE_LABELS[m.role]) },
      { key: 'hosts', label: 'Hosts', render: (m) => (m.role !== 'staff' ? html`<span class="muted">All</span>` : html`
        ${m.hostIds.length ? m.hostIds.map(hostName).join(', ') : html`<span class="muted">None yet</span>`}
        ${this.isAdmin ? html`<button type="button" class="link" aria-label="Choose hosts of ${m.name || m.email}"
          @click=${() => { this.editingHosts = { member: m, hostIds: [...m.hostIds] }; }}>Choose</button>` : nothing}`) },
      { key: 'status', label: 'Status', render: (m) => html`<span class="badge ${m.status}">${m.status === 'invited' ? 'Invited' : 'Active'}</span>
        <div class="muted"><small>${m.lastSignInAt ? `Last sign-in ${formatDateTime(m.lastSignInAt, Intl.DateTimeFormat().resolvedOptions().timeZone)}` : 'Never signed in'}</small></div>` },
      { key: 'actions', label: 'Actions', hiddenLabel: true, render: (m) => (this.isAdmin ? html`<button type="button" class="danger"
        aria-label="Remove ${m.name || m.email}" @click=${() => { this.removing = m; }}>Remove</button>` : nothing) },
    ];
  }

  protected override render() {
    return html`
      <sk-page-header heading="Members" description="People who sign in to this dashboard, and what each may do.">
        ${this.isAdmin ? html`<button type="button" class="primary" @click=${() => { this.invite = { email: '', name: '', role: 'staff', hostIds: [] }; this.errors = {}; this.banner = undefined; }}>Invite member</button>` : nothing}
      </sk-page-header>
      ${renderTask(this.#data, ({ members, hosts }) => html`
        ${members.length === 0 ? html`<sk-state kind="empty" message="No members."></sk-state>`
          : html`<sk-data-table caption="Members" caption-hidden .rows=${members} .columns=${this.#columns(hosts)}></sk-data-table>`}
        ${this.#inviteDialog(hosts)}${this.#hostsDialog(hosts)}`, 'Loading members…')}
      <sk-dialog heading="Invitation sent" no-cancel ?open=${this.invited !== undefined} @close=${() => { this.invited = undefined; }}>
        ${this.invited ? html`<div class="stack">
          <p>${this.invited.member.email} gets an email with a link to choose a password (valid for 7 days). You can also send them this link yourself:</p>
          <label for="invite-url">Invitation link</label>
          <input id="invite-url" class="invite-url" readonly .value=${this.invited.inviteUrl}>
          <div><sk-copy-button .text=${this.invited.inviteUrl} label="Copy link"></sk-copy-button></div>
        </div>` : nothing}
        <button slot="actions" type="button" class="primary" @click=${() => { this.invited = undefined; }}>Done</button>
      </sk-dialog>
      <sk-dialog heading=${`Remove ${this.removing?.name || this.removing?.email || ''}?`} ?open=${this.removing !== undefined} @close=${() => { this.removing = undefined; }}>
        <p>They are signed out everywhere and can no longer sign in. Their past actions stay in booking histories.</p>
        <button slot="actions" type="button" class="danger" @click=${() => this.removing && this.#remove(this.removing)}>Remove member</button>
      </sk-dialog>`;
  }

  #hostChecks(hosts: Host[], chosen: string[], idPrefix: string, set: (ids: string[]) => void) {
    return html`<div class="hosts">${hosts.map((h) => html`<div class="field inline">
      <input type="checkbox" id="${idPrefix}-${h.id}" .checked=${chosen.includes(h.id)}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? [...chosen, h.id] : chosen.filter((x) => x !== h.id))}>
      <label for="${idPrefix}-${h.id}">${h.name}</label></div>`)}</div>`;
  }

  #inviteDialog(hosts: Host[]) {
    const f = this.invite;
    const set = (patch: Partial<InviteForm>) => { if (this.invite) this.invite = { ...this.invite, ...patch }; };
    return html`<sk-dialog heading="Invite a member" ?open=${f !== undefined} @close=${() => { this.invite = undefined; }}>
      ${f ? html`<form id="invite-form" novalidate @submit=${(e: Event) => this.#sendInvite(e)}>
        ${formBanner(this.banner)}
        ${textField({ id: 'invite-email', label: 'Email', type: 'email', value: f.email, required: true, error: this.errors.email, autocomplete: 'off', onInput: (email) => set({ email }) })}
        ${textField({ id: 'invite-name', label: 'Name (optional)', value: f.name, error: this.errors.name, onInput: (name) => set({ name }) })}
        ${selectField({ id: 'invite-role', label: 'Role', value: f.role, options: this.#roleOptions(), hint: ROLE_HINTS[f.role], error: this.errors.role, onChange: (role) => set({ role: role as Role }) })}
        ${f.role === 'staff' ? html`<fieldset><legend>Hosts they work for</legend>
          ${this.#hostChecks(hosts, f.hostIds, 'invite-host', (hostIds) => set({ hostIds }))}
          ${errorFor(this.errors, 'hostIds') ? html`<p class="field-error">${errorFor(this.errors, 'hostIds')}</p>` : nothing}</fieldset>` : nothing}
      </form>` : nothing}
      <button slot="actions" type="submit" form="invite-form" class="primary" ?disabled=${this.saving}>${this.saving ? 'Sending…' : 'Send invitation'}</button>
    </sk-dialog>`;
  }

  #hostsDialog(hosts: Host[]) {
    const editing = this.editingHosts;
    return html`<sk-dialog heading=${`Hosts of ${editing?.member.name || editing?.member.email || ''}`} ?open=${editing !== undefined} @close=${() => { this.editingHosts = undefined; }}>
      ${editing ? html`<fieldset><legend>They see and handle bookings of</legend>
        ${this.#hostChecks(hosts, editing.hostIds, 'edit-host', (hostIds) => { this.editingHosts = { ...editing, hostIds }; })}</fieldset>` : nothing}
      <button slot="actions" type="button" class="primary" @click=${() => editing && this.#change(editing.member, { hostIds: editing.hostIds })}>Save hosts</button>
    </sk-dialog>`;
  }
}

defineElement('sk-page-members', MembersPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-members': MembersPage;
  }
}
