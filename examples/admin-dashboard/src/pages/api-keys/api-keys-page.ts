import { Task } from '@lit/task';
import type { ApiKey } from '@slotkit/sdk';
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
import { problemMessage } from '../../components/field-errors.ts';
import { formBanner, formStyles, selectField, textField } from '../../components/form-fields.ts';
import { secretDialog, secretDialogStyles } from '../../components/secret-dialog.ts';
import { formatDateTime } from '../../app/format.ts';

const ROLES = [
  { value: 'admin', label: 'Admin: everything but members and owners' },
  { value: 'staff', label: 'Staff: bookings of their hosts' },
  { value: 'viewer', label: 'Viewer: read only' },
  { value: 'owner', label: 'Owner: everything' },
] as const;

/** When a key was made or used, in the viewer's zone; "Never" for a key not used yet. */
function when(iso: string | null): string {
  return iso ? formatDateTime(iso, Intl.DateTimeFormat().resolvedOptions().timeZone) : 'Never';
}

/**
 * `#/api-keys`: the workspace's API keys. A new key's secret shows once, with a copy
 * button; revoking asks first.
 *
 * @summary The API keys page.
 */
export class ApiKeysPage extends FormPage {
  static override properties = {
    ...FormPage.properties, creating: { state: true },
    secret: { state: true }, revoking: { state: true },
  };
  static override styles = [sharedStyles, formStyles, secretDialogStyles, css`
    form{display:flex;flex-direction:column;gap:.9rem}
  `];

  declare creating: { name: string; role: string } | undefined;
  /** The key just created, with its secret: shown once. */
  declare secret: { name: string; secret: string } | undefined;
  declare revoking: ApiKey | undefined;

  #keys = new Task(this, {
    task: async ([api], { signal }) => (await api.apiKeys.list({ signal })).data,
    args: () => [this.api] as const,
  });

  async #create(event: Event) {
    event.preventDefault();
    const form = this.creating;
    if (!form || this.saving) return;
    await this.submit(form.name.trim() ? {} : { name: 'is required' }, async () => {
      const key = await this.api.apiKeys.create({ name: form.name.trim(), role: form.role as ApiKey['role'] });
      this.creating = undefined;
      this.secret = { name: key.name, secret: key.secret };
      await this.#keys.run();
    });
  }

  async #revoke(key: ApiKey) {
    try {
      await this.api.apiKeys.revoke(key.id);
      showToast(`${key.name} revoked.`);
      this.revoking = undefined;
      await this.#keys.run();
    } catch (error) {
      showToast(problemMessage(error), 'error');
    }
  }

  #columns: Column<ApiKey>[] = [
    { key: 'name', label: 'Name', render: (k) => html`<strong>${k.name}</strong>` },
    { key: 'prefix', label: 'Key', render: (k) => html`<span class="mono">${k.prefix}…</span>` },
    { key: 'role', label: 'Role', render: (k) => html`<span class="badge">${k.role}</span>` },
    { key: 'createdAt', label: 'Created', render: (k) => when(k.createdAt) },
    { key: 'lastUsedAt', label: 'Last used', render: (k) => when(k.lastUsedAt) },
    { key: 'actions', label: 'Actions', hiddenLabel: true, render: (k) => html`<button type="button" class="danger" ?disabled=${!this.isAdmin}
        aria-label="Revoke ${k.name}" @click=${() => { this.revoking = k; }}>Revoke</button>` },
  ];

  protected override render() {
    return html`
      <sk-page-header heading="API keys" description="Keys for servers and scripts calling the Slotkit API. Never put one in a web page.">
        ${this.isAdmin ? html`<button type="button" class="primary" @click=${() => { this.creating = { name: '', role: 'admin' }; this.errors = {}; this.banner = undefined; }}>New API key</button>` : nothing}
      </sk-page-header>
      ${renderTask(this.#keys, (keys) => (keys.length === 0 ? html`<sk-state kind="empty" message="No API keys."></sk-state>`
        : html`<sk-data-table caption="API keys" caption-hidden .rows=${keys} .columns=${this.#columns}></sk-data-table>`), 'Loading API keys…')}
      <sk-dialog heading="New API key" ?open=${this.creating !== undefined} @close=${() => { this.creating = undefined; }}>
        ${this.creating ? html`<form id="key-form" novalidate @submit=${(e: Event) => this.#create(e)}>
          ${formBanner(this.banner)}
          ${textField({ id: 'key-name', label: 'Name', value: this.creating.name, required: true, error: this.errors.name, placeholder: 'Website backend',
            hint: 'Say where it is used, to know what breaks when it is revoked.', onInput: (name) => { if (this.creating) this.creating = { ...this.creating, name }; } })}
          ${selectField({ id: 'key-role', label: 'Role', value: this.creating.role, options: ROLES, error: this.errors.role,
            onChange: (role) => { if (this.creating) this.creating = { ...this.creating, role }; } })}
        </form>` : nothing}
        <button slot="actions" type="submit" form="key-form" class="primary" ?disabled=${this.saving}>${this.saving ? 'Creating…' : 'Create key'}</button>
      </sk-dialog>
      ${secretDialog({ heading: 'Your new API key', id: 'new-secret', label: `Secret of ${this.secret?.name ?? ''}`, secret: this.secret?.secret,
        warning: 'Copy it now: this is the only time the secret is shown. If it is lost, revoke it and make another.', onClose: () => { this.secret = undefined; } })}
      <sk-dialog heading=${`Revoke ${this.revoking?.name ?? ''}?`} ?open=${this.revoking !== undefined} @close=${() => { this.revoking = undefined; }}>
        <p>Requests with this key fail at once. This cannot be undone.</p>
        <button slot="actions" type="button" class="danger" @click=${() => this.revoking && this.#revoke(this.revoking)}>Revoke key</button>
      </sk-dialog>`;
  }
}

defineElement('sk-page-api-keys', ApiKeysPage);

declare global {
  interface HTMLElementTagNameMap {
    'sk-page-api-keys': ApiKeysPage;
  }
}
