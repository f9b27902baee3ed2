/**
 * The personas a motion's campaign members are limited to (names separated by ";", empty:
 * everyone at its accounts). Only the campaign-member exports read it; which accounts the
 * motion touches, and so conflict detection, do not change. Empty removes the field, so the
 * audience reads as before it existed.
 */
import { useState } from 'react';
import type { Audience } from '../../../../shared/domain/types';
import { useSettings } from '../../store/settings';

export function PersonasField({
  audience,
  onChange,
}: {
  audience: Audience;
  onChange: (a: Audience) => void;
}) {
  const rules = useSettings().personaRules;
  const [text, setText] = useState((audience.personas ?? []).join('; '));
  const names = [...new Set(rules.map((r) => r.persona.trim()).filter(Boolean))];
  const apply = (value: string) => {
    setText(value);
    const personas = value
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const { personas: _old, ...rest } = audience;
    onChange(personas.length > 0 ? { ...rest, personas } : rest);
  };
  return (
    <label>
      Personas (campaign members; empty: everyone)
      <input
        value={text}
        placeholder={names.slice(0, 3).join('; ')}
        onChange={(e) => apply(e.target.value)}
      />
    </label>
  );
}
