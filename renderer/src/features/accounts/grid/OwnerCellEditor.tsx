/**
 * The owner cell's editor: a text box that suggests the owner directory's people (by name,
 * with their e-mail) and still takes any text, so a rep not in the directory yet can be
 * typed in. The edit itself goes through editAccountField, which resolves the name.
 */
import { useEffect, useId, useRef } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Account } from '../../../../../shared/domain/types';
import { ownerLabel } from '../../../../../shared/owners';
import type { GridContext } from './accountValues';

export function OwnerCellEditor(props: CustomCellEditorProps<Account, string, GridContext>) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const owners = props.context.owners?.owners ?? [];
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <>
      <input
        ref={input}
        className="owner-cell-editor"
        aria-label="Owner"
        list={listId}
        value={props.value ?? ''}
        onChange={(e) => props.onValueChange(e.target.value)}
      />
      <datalist id={listId}>
        {owners.map((o) => (
          <option key={o.id} value={ownerLabel(o)}>
            {o.email && o.name ? o.email : ''}
          </option>
        ))}
      </datalist>
    </>
  );
}
