/**
 * The Contacts section: the people imported from the CRMs, each with the account it is
 * matched to and why (Salesforce Account ID, e-mail domain, company name), unmatched people
 * listed with what was tried, personas from the title rules (editable per person and as
 * rules), and the contacts import. Matching is computed here from the live tables, never stored.
 */
import { useMemo, useState } from 'react';
import { MATCH_REASON_LABELS } from '../../../../shared/contacts/matchAccounts';
import { peopleIndex } from '../../../../shared/contacts/motionPeople';
import { personaNames } from '../../../../shared/contacts/personas';
import type { Contact } from '../../../../shared/domain/types';
import { platform, type OpenedFile } from '../../platform';
import { commit } from '../../store/changes';
import { useLive } from '../../store/liveTables';
import { useSettings } from '../../store/settings';
import { ContactImportPanel } from './ContactImportPanel';
import { PersonaRulesPanel } from './PersonaRulesPanel';
import './contacts.css';

/** Rows shown at once: the table is for looking people up, the exports hold them all. */
const SHOWN = 500;

type Filter = 'all' | 'matched' | 'unmatched';

export function ContactsSection() {
  const contacts = useLive('contacts');
  const accounts = useLive('accounts');
  const mappings = useLive('columnMappings');
  const settings = useSettings();
  const [importing, setImporting] = useState<OpenedFile[] | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [rules, setRules] = useState(false);

  const index = useMemo(
    () => (contacts && accounts ? peopleIndex(accounts, contacts, settings.personaRules) : null),
    [contacts, accounts, settings.personaRules],
  );
  const remembered = useMemo(
    () => Object.fromEntries((mappings ?? []).map((m) => [m.signature, m.mapping])),
    [mappings],
  );
  const choices = useMemo(
    () => personaNames(settings.personaRules, contacts ?? []),
    [settings.personaRules, contacts],
  );

  const pickFiles = async () => {
    const files = await platform.openFiles({
      title: 'Import contacts and leads',
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      multiple: true,
    });
    if (files.length > 0) setImporting(files);
  };

  if (!index || !accounts) return <p>Loading the workspace…</p>;
  const matched = index.matches.filter((m) => m.account >= 0).length;
  const rows: number[] = [];
  for (let i = 0; i < index.contacts.length && rows.length < SHOWN; i++) {
    const isMatched = (index.matches[i]?.account ?? -1) >= 0;
    if (filter === 'all' || (filter === 'matched') === isMatched) rows.push(i);
  }

  return (
    <section className="contacts-section" aria-labelledby="contacts-heading">
      <h1 id="contacts-heading">Contacts</h1>
      <div className="contacts-toolbar">
        <button type="button" onClick={() => void pickFiles()}>
          Import contacts CSV…
        </button>
        <button type="button" onClick={() => setRules((r) => !r)} aria-expanded={rules}>
          Persona rules
        </button>
        <label>
          Show
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">Everyone</option>
            <option value="matched">Matched people</option>
            <option value="unmatched">Unmatched people</option>
          </select>
        </label>
        <p role="status">
          {index.contacts.length.toLocaleString()} people: {matched.toLocaleString()} matched to an
          account, {(index.contacts.length - matched).toLocaleString()} unmatched
        </p>
      </div>
      {importing && (
        <ContactImportPanel
          files={importing}
          remembered={remembered}
          onDone={() => setImporting(null)}
        />
      )}
      {rules && <PersonaRulesPanel />}
      <table className="contacts-table" aria-label="Contacts and leads">
        <thead>
          <tr>
            <th>Name</th>
            <th>Type</th>
            <th>E-mail</th>
            <th>Title</th>
            <th>Persona</th>
            <th>Account</th>
            <th>Matched by</th>
            <th>Opt-out</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const person = index.contacts[i] as Contact;
            const match = index.matches[i];
            const account = match && match.account >= 0 ? accounts[match.account] : undefined;
            const name = `${person.firstName} ${person.lastName}`.trim() || person.email;
            return (
              <tr key={person.id}>
                <td>{name}</td>
                <td>{person.kind === 'lead' ? 'Lead' : 'Contact'}</td>
                <td>{person.email}</td>
                <td>{person.title}</td>
                <td>
                  <PersonaCell
                    person={person}
                    persona={index.personas[i] ?? ''}
                    choices={choices}
                    name={name}
                  />
                </td>
                <td>{account ? account.name : '—'}</td>
                <td>
                  {match?.reason
                    ? `${MATCH_REASON_LABELS[match.reason]} (${match.detail})`
                    : `Unmatched: ${match?.detail ?? ''}`}
                </td>
                <td>
                  {[person.emailOptOut ? 'E-mail' : '', person.doNotCall ? 'Calls' : '']
                    .filter(Boolean)
                    .join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === SHOWN && <p>The first {SHOWN} are shown; the exports hold everyone.</p>}
    </section>
  );
}

/** A person's persona: the rules' answer, or one the user types (one undo step each). */
function PersonaCell({
  person,
  persona,
  choices,
  name,
}: {
  person: Contact;
  persona: string;
  choices: string[];
  name: string;
}) {
  const [text, setText] = useState(persona);
  const save = () => {
    const chosen = text.trim();
    if (chosen === persona) return;
    void commit(`Set persona of ${name}`, {
      contacts: { put: [{ ...person, persona: chosen, updatedAt: new Date().toISOString() }] },
    });
  };
  return (
    <>
      <input
        aria-label={`Persona of ${name}`}
        list="contacts-personas"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      <datalist id="contacts-personas">
        {choices.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </>
  );
}
