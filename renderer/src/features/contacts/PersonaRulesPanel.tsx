/**
 * Editing the title rules that give people their personas: each rule a title pattern
 * ("VP|Head Marketing": one word of every space-separated group, any order) and a persona,
 * the first matching rule winning. Saved as one settings change (one undo step).
 */
import { useState } from 'react';
import { personaRuleProblem } from '../../../../shared/contacts/personas';
import type { PersonaRule } from '../../../../shared/domain/types';
import { saveSettings, useSettings } from '../../store/settings';

export function PersonaRulesPanel() {
  const settings = useSettings();
  const [rules, setRules] = useState<PersonaRule[]>(() =>
    settings.personaRules.map((r) => ({ ...r })),
  );
  const problems = rules.map(personaRuleProblem);
  const edit = (i: number, patch: Partial<PersonaRule>) =>
    setRules((list) => list.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <form
      className="persona-rules"
      aria-label="Persona rules"
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.some((p) => p !== null)) return;
        void saveSettings({ personaRules: rules }, 'Change persona rules');
      }}
    >
      <p>
        A title matches a rule when it holds one word of every group: “VP|Head Marketing” matches
        “Head of Marketing” and “VP, Marketing”, not “VP Sales”. The first rule that matches gives
        the persona.
      </p>
      {rules.map((rule, i) => (
        <div key={i} className="persona-rule">
          <input
            aria-label={`Title pattern ${i + 1}`}
            value={rule.pattern}
            onChange={(e) => edit(i, { pattern: e.target.value })}
          />
          <input
            aria-label={`Persona ${i + 1}`}
            value={rule.persona}
            onChange={(e) => edit(i, { persona: e.target.value })}
          />
          <button type="button" onClick={() => setRules((list) => list.filter((_r, k) => k !== i))}>
            Remove rule {i + 1}
          </button>
          {problems[i] && <span role="alert">{problems[i]}</span>}
        </div>
      ))}
      <button
        type="button"
        onClick={() => setRules((list) => [...list, { pattern: '', persona: '' }])}
      >
        Add rule
      </button>
      <button type="submit" className="primary">
        Save rules
      </button>
    </form>
  );
}
