import { css, html, type CSSResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sharedStyles } from '../styles/shared.ts';
import { problemMessage, type FieldErrors } from './field-errors.ts';
import { formStyles } from './form-fields.ts';
import { FormPage } from './form-page.ts';
import { showToast } from './toaster.ts';

/** What an editor page edits: how its drafts become request bodies, and the API calls and messages around them. */
export interface EditedResource<Draft, Saved, Body> {
  /** The list's hash (`#/schedules`): Cancel and archiving go there, a created record opens below it. */
  list: string;
  /** The body to send, or the fields the browser already knows are wrong. */
  toBody: (draft: Draft) => { body: Body; errors: FieldErrors };
  /** The draft of a record as the API returned it. */
  fromSaved: (saved: Saved) => Draft;
  create: (body: Body) => Promise<{ id: string }>;
  update: (id: string, body: Body) => Promise<Saved>;
  /** Archives or deletes; `result` says which. */
  remove: (id: string) => Promise<{ result: string }>;
  /** The banner when the browser's checks fail. */
  invalid: string;
  /** Toasts after saving, creating and removing. */
  savedToast: string;
  createdToast: string;
  removedToast: (result: string) => string;
  /** Moves the API's field errors to the paths the form shows them at. */
  placeErrors?: (draft: Draft, errors: FieldErrors) => FieldErrors;
}

/**
 * Base class of the `#/<list>/new` and `#/<list>/:id` editors: one draft edited in a form,
 * saved (creating opens the new record), archived after asking in the page header.
 */
export abstract class EditorPage<Draft, Saved, Body> extends FormPage {
  static override properties: PropertyDeclarations = {
    ...FormPage.properties, draft: { state: true }, confirmArchive: { state: true }, saved: { state: true },
  };
  /** The editors' layout; subclasses append their own (`[...EditorPage.styles, css`…`]`). */
  static override styles: CSSResult[] = [sharedStyles, formStyles, css`form{display:flex;flex-direction:column;gap:1rem;max-width:60rem}`];

  /** What the form shows and edits. */
  declare draft: Draft | undefined;
  /** Whether the header asks to confirm archiving. */
  declare confirmArchive: boolean;
  /** The record as last saved here (newer than the loaded one: it heads the page). */
  declare saved: Saved | undefined;
  /** The API calls and messages of what this page edits. */
  protected abstract readonly resource: EditedResource<Draft, Saved, Body>;

  #loadedFor: string | undefined;

  constructor() {
    super();
    this.confirmArchive = false;
  }

  /** The edited record's id from the route; undefined on `…/new`. */
  protected get editedId(): string | undefined {
    const id = this.params?.id;
    return id && id !== 'new' ? id : undefined;
  }

  /**
   * Starts a fresh draft when the route names another record than the last load (a reload
   * of the same record keeps the edits); returns the new draft, or undefined when it kept them.
   */
  protected startEditing(id: string | undefined, draft: () => Draft): Draft | undefined {
    const key = id ?? 'new';
    if (this.#loadedFor === key) return undefined;
    this.#loadedFor = key;
    this.draft = draft();
    this.errors = {};
    this.banner = undefined;
    this.saved = undefined;
    return this.draft;
  }

  /** Saves the draft: updates the record and goes on editing what the API stored, or creates it and opens it. */
  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || this.saving) return;
    const r = this.resource;
    const { body, errors } = r.toBody(draft);
    await this.submit(errors, async () => {
      const id = this.editedId;
      if (id) {
        this.saved = await r.update(id, body);
        this.draft = r.fromSaved(this.saved);
        showToast(r.savedToast);
      } else {
        const created = await r.create(body);
        showToast(r.createdToast);
        location.hash = `${r.list}/${encodeURIComponent(created.id)}`;
      }
    }, { invalid: r.invalid, ...(r.placeErrors ? { placeErrors: (apiErrors: FieldErrors) => r.placeErrors!(draft, apiErrors) } : {}) });
  }

  /** Archives (or deletes) the record and goes back to the list; a refusal shows in the banner. */
  protected async archive(): Promise<void> {
    const id = this.editedId;
    if (!id) return;
    try {
      const { result } = await this.resource.remove(id);
      showToast(this.resource.removedToast(result));
      location.hash = this.resource.list;
    } catch (error) {
      this.banner = problemMessage(error);
      this.confirmArchive = false;
    }
  }

  /** The header's archive button, which first asks `question` and then offers `verb` or keeping the record. */
  protected archiveControls(question: string, verb: string): TemplateResult {
    return this.confirmArchive
      ? html`<span role="alert">${question}</span>
          <button type="button" class="danger" @click=${() => this.archive()}>${verb}</button>
          <button type="button" @click=${() => { this.confirmArchive = false; }}>Keep it</button>`
      : html`<button type="button" class="danger" @click=${() => { this.confirmArchive = true; }}>${verb}…</button>`;
  }

  /** The form's sticky submit and Cancel; `createLabel` names the submit button of a new record. */
  protected formActions(exists: boolean, createLabel: string): TemplateResult {
    return html`<div class="actions sticky-actions">
      <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : exists ? 'Save changes' : createLabel}</button>
      <a class="button" href=${this.resource.list}>Cancel</a>
    </div>`;
  }
}
