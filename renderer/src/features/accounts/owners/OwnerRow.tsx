/**
 * One person in the Owners table: each field edits in place and is saved when the box is
 * left or Enter is pressed (Escape puts the stored value back); a bad value is named and
 * not saved. Delete asks first.
 */
import { useEffect, useState } from 'react';
import type { Owner } from '../../../../../shared/domain/types';
import { OWNER_FIELDS, ownerLabel, type OwnerField } from '../../../../../shared/owners';

function OwnerCell(props: {
  owner: Owner;
  field: OwnerField;
  label: string;
  onSave: (field: OwnerField, text: string) => Promise<boolean>;
}) {
  const stored = props.owner[props.field];
  const [text, setText] = useState(stored);
  useEffect(() => setText(stored), [stored]);
  const save = () => {
    if (text.trim() !== stored) void props.onSave(props.field, text);
  };
  return (
    <td>
      <input
        aria-label={`${props.label} of ${ownerLabel(props.owner)}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setText(stored);
        }}
        size={props.field === 'hubspotOwnerId' ? 10 : 16}
      />
    </td>
  );
}

export function OwnerRow(props: {
  owner: Owner;
  accounts: number;
  onSave: (owner: Owner, field: OwnerField, text: string) => Promise<boolean>;
  onDelete: (owner: Owner) => void;
}) {
  const { owner } = props;
  return (
    <tr>
      {OWNER_FIELDS.map(({ field, label }) => (
        <OwnerCell
          key={field}
          owner={owner}
          field={field}
          label={label}
          onSave={(f, text) => props.onSave(owner, f, text)}
        />
      ))}
      <td className="number">{props.accounts.toLocaleString()}</td>
      <td>
        <button
          type="button"
          className="link-button danger"
          aria-label={`Delete ${ownerLabel(owner)}`}
          onClick={() => props.onDelete(owner)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
