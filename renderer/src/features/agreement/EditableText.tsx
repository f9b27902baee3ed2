/**
 * A text field that writes when the user leaves it (or presses Enter), not on each key: one
 * edit is one undo step. A value changed elsewhere (undo, another tab) replaces the draft.
 */
import { useEffect, useState } from 'react';

interface Props {
  value: string;
  label: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
}

export function EditableText({ value, label, onCommit, multiline = false }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const done = () => {
    if (draft !== value) onCommit(draft);
  };
  if (multiline) {
    return (
      <textarea
        aria-label={label}
        value={draft}
        rows={Math.max(3, draft.split('\n').length)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={done}
      />
    );
  }
  return (
    <input
      type="text"
      aria-label={label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={done}
      onKeyDown={(e) => {
        if (e.key === 'Enter') done();
      }}
    />
  );
}
