import { html } from 'lit';
import type { Column } from '../../components/data-table.ts';

/**
 * The columns with each cell's content in one block. On phones `<sk-data-table>` lays a
 * cell out as a two-column grid (label, value); a value of several nodes (a name, a badge,
 * a line under it) would otherwise spill into the label's column.
 */
export function stackedCells<Row>(columns: Column<Row>[]): Column<Row>[] {
  return columns.map((column) => ({
    ...column,
    render: (row: Row) => html`<div class="cell">${column.render ? column.render(row) : String((row as Record<string, unknown>)[column.key] ?? '')}</div>`,
  }));
}
