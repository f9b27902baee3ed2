// The import's dedupe (buildContactPreview with ContactKeys) against a plain model that scans
// every person for each row: by Salesforce id, then HubSpot id, then e-mail (case-folded) when
// no id of the same CRM contradicts it; among people sharing an address, the one whose keys
// were set first. Same people written, same counts, for random files over small pools of ids
// and addresses (so rows collide often) and random stored people.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContactPreview, parseContactFiles } from '../../../shared/contacts/contactImport';
import { emailKey, mergeIncoming, newContact } from '../../../shared/contacts/contactMerge';
import { detectContactSource } from '../../../shared/contacts/contactColumns';
import { tableToContacts } from '../../../shared/contacts/contactRows';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Contact } from '../../../shared/domain/types';
import { person } from './people';

const NOW = '2027-01-10T12:00:00.000Z';
const SF = ['003000000000001AAA', '003000000000002AAA', '00Q000000000001EAA', ''];
const HS = ['11', '12', '13', ''];
const MAIL = ['a@x.example', 'A@X.example ', 'b@x.example', 'c@y.example', ''];
const TITLE = ['CMO', 'VP Sales']; // never empty: a row of empty cells is a blank line

const pick = (list: readonly string[]) =>
  fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i] as string);
const sfRow = fc.tuple(pick(SF), pick(MAIL), pick(TITLE));
const hsRow = fc.tuple(pick(HS), pick(MAIL), pick(TITLE));
const storedPerson = fc.tuple(pick(SF), pick(HS), pick(MAIL));

function csv(header: string, rows: [string, string, string][]): string {
  return [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

/** The plain model: a list of people, each with the time its keys were last set. */
function model(files: ReturnType<typeof parseFiles>, existing: Contact[]) {
  const newId = sequentialIds('c');
  const people = existing.map((p, i) => ({
    p,
    at: i,
    stored: true,
    touched: false,
    changed: false,
  }));
  let clock = people.length;
  let merged = 0;
  for (const f of files) {
    const { candidates } = tableToContacts(
      f.table,
      f.mapping,
      detectContactSource(f.table.headers),
    );
    for (const c of candidates) {
      const x = c.fields;
      const key = emailKey(x.email ?? '');
      const fits = (p: Contact) =>
        (!x.salesforceId || p.salesforceId === '' || p.salesforceId === x.salesforceId) &&
        (!x.hubspotId || p.hubspotId === '' || p.hubspotId === x.hubspotId);
      const byAt = [...people].sort((a, b) => a.at - b.at);
      const found =
        (x.salesforceId ? byAt.find((e) => e.p.salesforceId === x.salesforceId) : undefined) ??
        (x.hubspotId ? byAt.find((e) => e.p.hubspotId === x.hubspotId) : undefined) ??
        (key !== '' ? byAt.find((e) => emailKey(e.p.email) === key && fits(e.p)) : undefined);
      if (!found) {
        people.push({
          p: newContact(newId(), x, c.custom, NOW),
          at: clock++,
          stored: false,
          touched: true,
          changed: false,
        });
        continue;
      }
      if (found.touched) merged++;
      found.touched = true;
      const after = mergeIncoming(found.p, x, c.custom);
      if (after !== found.p) {
        found.p = after;
        found.at = clock++;
        found.changed = true;
      }
    }
  }
  return { people, merged };
}

function parseFiles(sf: [string, string, string][], hs: [string, string, string][]) {
  const parsed = parseContactFiles([
    { name: 'sf.csv', bytes: csv('Contact ID,Email,Title', sf) },
    { name: 'hs.csv', bytes: csv('Record ID,Email,Job Title', hs) },
  ]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.files;
}

describe('contact dedupe', () => {
  it('finds and merges the same people as a plain scan of every person', () => {
    fc.assert(
      fc.property(
        fc.array(sfRow, { minLength: 1, maxLength: 12 }),
        fc.array(hsRow, { minLength: 1, maxLength: 12 }),
        fc.array(storedPerson, { maxLength: 4 }),
        (sf, hs, storedKeys) => {
          // Stored people with distinct CRM ids, as a store holds them.
          const seen = new Set<string>();
          const existing = storedKeys
            .map(([s, h, email], i) =>
              person({
                id: `s${i}`,
                salesforceId: s,
                hubspotId: h,
                email,
                kind: s.startsWith('00Q') ? 'lead' : 'contact',
              }),
            )
            .filter((p) => {
              const ids = [p.salesforceId, p.hubspotId].filter((v) => v !== '');
              if (ids.some((v) => seen.has(v))) return false;
              ids.forEach((v) => seen.add(v));
              return true;
            });
          const files = parseFiles(sf, hs);
          const got = buildContactPreview(files, existing, { now: NOW, newId: sequentialIds('c') });
          if (!got.ok) throw new Error('refused');
          const want = model(files, existing);
          const made = want.people.filter((e) => !e.stored).map((e) => e.p);
          expect(got.newContacts).toEqual(made);
          expect(got.counts.merged).toBe(want.merged);
          // A stored person is updated when its final values differ from the stored ones.
          const updated = want.people.filter(
            (e) =>
              e.stored &&
              JSON.stringify(e.p) !== JSON.stringify(existing.find((s) => s.id === e.p.id)),
          );
          const byId = (a: Contact, b: Contact) => a.id.localeCompare(b.id);
          expect(got.updates.map((u) => ({ ...u.after, updatedAt: NOW })).sort(byId)).toEqual(
            updated.map((e) => ({ ...e.p, updatedAt: NOW })).sort(byId),
          );
          expect(got.unchanged).toBe(
            want.people.filter((e) => e.stored && e.touched).length - updated.length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
