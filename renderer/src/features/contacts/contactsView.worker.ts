/**
 * The Contacts table off the main thread: reads the people and the accounts from the store
 * itself (500,000 rows never cross the thread boundary), matches each person to an account
 * and gives it a persona in steps (progress, Cancel), then answers one page at a time with
 * the filter and search applied. The handler map at the end is what the window may call.
 */
import {
  contactPage,
  peopleIndexInSteps,
  type ContactPage,
  type ContactQuery,
} from '../../../../shared/contacts/contactList';
import type { MatchAccount } from '../../../../shared/contacts/matchAccounts';
import type { PeopleIndex } from '../../../../shared/contacts/motionPeople';
import { personaNames } from '../../../../shared/contacts/personas';
import type { PersonaRule } from '../../../../shared/domain/types';
import { serve, type CallContext } from '../../platform/workerRpc';
import { readAll } from '../../store/reads';

export interface ContactsLoad {
  /** Change whenever the stored accounts or contacts change. */
  accountsStamp: number;
  contactsStamp: number;
  personaRules: PersonaRule[];
}

export interface ContactsSummary {
  people: number;
  matched: number;
  /** The personas a person may be given: the rules' and those set by hand. */
  personas: string[];
  ms: number;
}

let index: PeopleIndex | null = null;
let accounts: MatchAccount[] = [];
let loadedKey = '';

const handlers = {
  async load(
    request: ContactsLoad,
    context: CallContext<{ fraction: number }>,
  ): Promise<ContactsSummary> {
    const started = performance.now();
    const key = JSON.stringify([
      request.accountsStamp,
      request.contactsStamp,
      request.personaRules,
    ]);
    if (key !== loadedKey || !index) {
      index = null;
      accounts = await readAll('accounts');
      const contacts = await readAll('contacts');
      // A cancelled run throws Cancelled between steps: the call answers "cancelled".
      index = peopleIndexInSteps(
        accounts,
        contacts,
        request.personaRules,
        (done, total) => context.emit({ fraction: total ? done / total : 1 }),
        () => context.signal.aborted,
      );
      loadedKey = key;
    }
    const matched = index.matches.reduce((n, m) => (m.account >= 0 ? n + 1 : n), 0);
    return {
      people: index.contacts.length,
      matched,
      personas: personaNames(request.personaRules, index.contacts),
      ms: performance.now() - started,
    };
  },
  page(query: ContactQuery): ContactPage | null {
    return index ? contactPage(index, accounts, query) : null;
  },
};

export type ContactsViewWorker = typeof handlers;

serve(handlers);
