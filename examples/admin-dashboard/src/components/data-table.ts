import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { sharedStyles } from '../styles/shared.ts';
import { defineElement } from './define-element.ts';

/** One column of a `<sk-data-table>`. */
export interface Column<Row> {
  /** Stable key; also the sort key reported by `sk-sort`. */
  key: string;
  /** Header text. */
  label: string;
  /** Cell content; defaults to `String(row[key])`. */
  render?: (row: Row) => unknown;
  /** Whether the header is a sort button. */
  sortable?: boolean;
  /** Header shown only to screen readers (e.g. an actions column). */
  hiddenLabel?: boolean;
}

/** Sort direction of a column. */
export type SortDirection = 'asc' | 'desc';

/** A sortable header was pressed: sort by `key` in `direction`. */
export class SortEvent extends Event {
  readonly key: string;
  readonly direction: SortDirection;
  constructor(key: string, direction: SortDirection) {
    super('sk-sort', { bubbles: true, composed: true });
    this.key = key;
    this.direction = direction;
  }
}

/** The set of selected row ids changed. */
export class SelectionChangeEvent extends Event {
  readonly selected: ReadonlySet<string>;
  constructor(selected: ReadonlySet<string>) {
    super('sk-selection-change', { bubbles: true, composed: true });
    this.selected = selected;
  }
}

/**
 * A table of rows with a caption, sortable headers (`aria-sort`), optional row selection
 * with checkboxes, and on narrow screens one card per row (each cell labelled), so a phone
 * never scrolls sideways.
 * @summary Data table.
 * @event sk-sort - A sortable header was pressed.
 * @event sk-selection-change - Rows were selected or unselected.
 */
export class DataTable<Row = Record<string, unknown>> extends LitElement {
  static override properties = {
    caption: {}, columns: { attribute: false }, rows: { attribute: false }, rowId: { attribute: false },
    selectable: { type: Boolean }, selected: { attribute: false }, sortKey: { attribute: 'sort-key' },
    sortDirection: { attribute: 'sort-direction' }, captionHidden: { type: Boolean, attribute: 'caption-hidden' },
  };
  static override styles = [sharedStyles, css`
    caption{text-align:left;font-weight:600;padding:.6rem .75rem}
    .caption-hidden caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
    th button{all:unset;cursor:pointer;display:inline-flex;gap:.25rem;align-items:center}
    th button:focus-visible{outline:2px solid var(--sk-accent);outline-offset:2px}
    .sel{width:2.5rem}
    tr.selected td{background:var(--sk-accent-soft)}
    @media (max-width:40rem){
      .table-wrap{border:0;background:none;overflow:visible}
      table,tbody,tr,td{display:block;width:100%}
      thead tr{display:flex;flex-wrap:wrap;gap:.5rem;padding:.25rem 0}
      thead th{background:none;border:0;padding:.25rem 0}
      thead th.plain{display:none}
      tbody tr{background:var(--sk-surface);border:1px solid var(--sk-border);border-radius:var(--sk-radius);margin-bottom:.6rem;padding:.4rem .25rem}
      /* A cell is a grid of its label and one .cell block, so a value of several nodes stays in the value column. */
      td{border:0;padding:.25rem .6rem;display:grid;grid-template-columns:minmax(6rem,35%) 1fr;gap:.5rem;overflow-wrap:anywhere}
      td::before{content:attr(data-label);font-weight:600;color:var(--sk-muted);font-size:.85rem}
      td.sel{display:flex}td.sel::before{content:none}
    }
  `];
  /** What the table lists (shown, or only announced with `caption-hidden`). */
  declare caption: string;
  declare columns: Column<Row>[];
  declare rows: Row[];
  /** A row's id, for selection. */
  declare rowId: (row: Row) => string;
  declare selectable: boolean;
  /** Ids of the selected rows. */
  declare selected: ReadonlySet<string>;
  /** The column the rows are sorted by. */
  declare sortKey: string | undefined;
  declare sortDirection: SortDirection;
  declare captionHidden: boolean;

  constructor() {
    super();
    this.caption = '';
    this.columns = [];
    this.rows = [];
    this.rowId = (row) => String((row as { id?: unknown }).id);
    this.selectable = false;
    this.selected = new Set();
    this.sortDirection = 'asc';
    this.captionHidden = false;
  }

  #setSelected(next: Set<string>) {
    this.selected = next;
    this.dispatchEvent(new SelectionChangeEvent(next));
  }

  #toggle(id: string, on: boolean) {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.#setSelected(next);
  }

  #toggleAll(on: boolean) {
    this.#setSelected(on ? new Set(this.rows.map(this.rowId)) : new Set());
  }

  #header(column: Column<Row>): TemplateResult {
    const sorted = this.sortKey === column.key;
    const ariaSort = sorted ? (this.sortDirection === 'asc' ? 'ascending' : 'descending') : nothing;
    const label = column.hiddenLabel ? html`<span class="sr-only">${column.label}</span>` : column.label;
    if (!column.sortable) return html`<th scope="col" class="plain">${label}</th>`;
    const next: SortDirection = sorted && this.sortDirection === 'asc' ? 'desc' : 'asc';
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button type="button" @click=${() => this.dispatchEvent(new SortEvent(column.key, next))}>
        ${label}<span aria-hidden="true">${sorted ? (this.sortDirection === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button></th>`;
  }

  protected override render() {
    const ids = this.rows.map(this.rowId);
    const all = ids.length > 0 && ids.every((id) => this.selected.has(id));
    const some = ids.some((id) => this.selected.has(id));
    return html`<div class="table-wrap ${this.captionHidden ? 'caption-hidden' : ''}"><table>
      ${this.caption ? html`<caption>${this.caption}</caption>` : ''}
      <thead><tr>
        ${this.selectable ? html`<th scope="col" class="sel"><input type="checkbox" aria-label="Select all rows"
          .checked=${all} .indeterminate=${some && !all} @change=${(e: Event) => this.#toggleAll((e.target as HTMLInputElement).checked)}></th>` : ''}
        ${this.columns.map((column) => this.#header(column))}
      </tr></thead>
      <tbody>${this.rows.map((row, index) => {
        const id = ids[index] ?? String(index);
        const on = this.selected.has(id);
        return html`<tr class=${on ? 'selected' : ''}>
          ${this.selectable ? html`<td class="sel"><input type="checkbox" .checked=${on} aria-label="Select row ${index + 1}"
            @change=${(e: Event) => this.#toggle(id, (e.target as HTMLInputElement).checked)}></td>` : ''}
          ${this.columns.map((column) => html`<td data-label=${column.label}><div class="cell">${column.render ? column.render(row) : String((row as Record<string, unknown>)[column.key] ?? '')}</div></td>`)}
        </tr>`;
      })}</tbody>
    </table></div>`;
  }
}

defineElement('sk-data-table', DataTable);

declare global {
  interface HTMLElementTagNameMap { 'sk-data-table': DataTable }
}
