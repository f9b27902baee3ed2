/**
 * The Contacts section: the people imported from the CRMs, each with the account it is
 * matched to and why (Salesforce Account ID, e-mail domain, company name), unmatched people
 * listed with what was tried, personas from the title rules (editable per person and as
 * rules), and the contacts import. Matching runs in a Worker (useContactsView) over every
 * person, never stored; the table pages through all of them, with a search.
 */
import { useMemo, useState } from 'react';
import type { ContactFilter } from '../../../../shared/contacts/contactList';
import type { Contact } from '../../../../shared/domain/types';
import { platform, type OpenedFile } from '../../platform';
import { commit } from '../../store/changes';
import { useLive } from '../../store/liveTables';
import { useSettings } from '../../store/settings';
import { ContactImportPanel } from './ContactImportPanel';
import { PersonaRulesPanel } from './PersonaRulesPanel';
import { useContactsView } from './useContactsView';
import './contacts.css';

/** Rows on one page of the table. */
const PAGE = 100;

export function ContactsSection() {
  const mappings = useLive('columnMappings');
  const settings = useSettings();
  const [importing, setImporting] = useState<OpenedFile[] | null>(null);
  const [filter, setFilter] = useState<ContactFilter>('all');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [rules, setRules] = useState(false);
  const view = useContactsView(settings.personaRules, { filter, search, offset, limit: PAGE });

  const remembered = useMemo(
    () => Object.fromEntries((mappings ?? []).map((m) => [m.signature, m.mapping])),
    [mappings],
  );

  const pickFiles = async () => {
    const files = await platform.openFiles({
      title: 'Import contacts and leads',
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      multiple: true,
    });
    if (files.length > 0) setImporting(files);
  };

  const { summary, page } = view;
  const total = page?.total ?? 0;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + PAGE);

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
          <select
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as ContactFilter);
              setOffset(0);
            }}
          >
            <option value="all">Everyone</option>
            <option value="matched">Matched people</option>
            <option value="unmatched">Unmatched people</option>
          </select>
        </label>
        <label>
          Search
          <input
            type="search"
            value={search}
            placeholder="Name, e-mail, title, company, account"
            onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }}
          />
        </label>
        <p role="status">
          {summary
            ? `${summary.people.toLocaleString()} people: ${summary.matched.toLocaleString()} matched to an account, ${(summary.people - summary.matched).toLocaleString()} unmatched`
            : (view.stopped ?? 'Matching contacts to accounts…')}
        </p>
        {view.stopped && (
          <button type="button" onClick={view.retry}>
            Match again
          </button>
        )}
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
          {(page?.rows ?? []).map(({ contact: person, name, persona, accountName, matchText }) => (
            <tr key={person.id}>
              <td>{name}</td>
              <td>{person.kind === 'lead' ? 'Lead' : 'Contact'}</td>
              <td>{person.email}</td>
              <td>{person.title}</td>
              <td>
                <PersonaCell
                  key={persona}
                  person={person}
                  persona={persona}
                  choices={summary?.personas ?? []}
                  name={name}
                />
              </td>
              <td>{accountName || '—'}</td>
              <td>{matchText}</td>
              <td>
                {[person.emailOptOut ? 'E-mail' : '', person.doNotCall ? 'Calls' : '']
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="contacts-pager" aria-label="Pages of contacts">
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          Previous page
        </button>
        <span>
          {total === 0
            ? search || filter !== 'all'
              ? 'No one matches.'
              : 'No people yet.'
            : `${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`}
        </span>
        <button type="button" disabled={last >= total} onClick={() => setOffset(offset + PAGE)}>
          Next page
        </button>
      </nav>
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
