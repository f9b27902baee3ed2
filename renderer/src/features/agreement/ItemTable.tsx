/**
 * One part's items as an editable table: a text field per column, a row's Remove, and Add
 * at the end. Every change writes the whole part as one undoable step.
 */
import type { ReactNode } from 'react';

export interface ItemColumn<T> {
  header: string;
  cell: (item: T, index: number, update: (next: T) => void) => ReactNode;
}

interface Props<T extends { id: string }> {
  label: string;
  items: readonly T[];
  columns: readonly ItemColumn<T>[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  itemName: string;
}

export function ItemTable<T extends { id: string }>(props: Props<T>) {
  const { items, columns, onChange, itemName } = props;
  const update = (i: number) => (next: T) => onChange(items.map((it, j) => (j === i ? next : it)));
  return (
    <table className="agreement-table" aria-label={props.label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={item.id}>
            {columns.map((c) => (
              <td key={c.header}>{c.cell(item, i, update(i))}</td>
            ))}
            <td>
              <button
                type="button"
                aria-label={`Remove ${itemName} ${i + 1}`}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={columns.length + 1}>
            <button type="button" onClick={() => onChange([...items, props.newItem()])}>
              Add {itemName}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
