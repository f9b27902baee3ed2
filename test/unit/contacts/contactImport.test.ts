// The contacts-and-leads import: Salesforce reports and Data Loader files, HubSpot exports,
// dedupe by CRM id then e-mail, and bad input that names file, row and column and imports nothing.
import { describe, expect, it } from 'vitest';
import { importContacts } from '../../../shared/contacts/contactImport';
import { sequentialIds } from '../../../shared/domain/ids';
import type { Contact } from '../../../shared/domain/types';
import { contactFixture, person } from './people';

const NOW = '2027-01-10T12:00:00.000Z';
const options = () => ({ now: NOW, newId: sequentialIds('c') });

function imported(files: string[], existing: Contact[] = []) {
  const result = importContacts(files.map(contactFixture), existing, options());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('importing contacts and leads', () => {
  it('a Salesforce contacts report gives contacts with 18-character ids, opt-outs and the footer left out', () => {
    const r = imported(['salesforce-contacts-report.csv']);
    expect(r.files[0]?.source).toBe('salesforce');
    expect(r.counts).toEqual({ new: 4, updated: 0, merged: 0, rejected: 0 });
    const dana = r.newContacts[0] as Contact;
    expect(dana).toMatchObject({
      kind: 'contact',
      salesforceId: '0035g00000KlMnOAAV',
      salesforceAccountId: '0015g00000AbCdEAAV',
      firstName: 'Dana',
      title: 'VP of Marketing',
      company: 'Northwind Analytics',
      emailOptOut: false,
    });
    expect(dana.salesforceId).toHaveLength(18);
    expect(r.newContacts[1]?.emailOptOut).toBe(true);
    expect(r.newContacts[2]?.doNotCall).toBe(true);
  });

  it('a Data Loader lead file gives leads (00Q ids) with their status and company', () => {
    const r = imported(['salesforce-leads-dataloader.csv']);
    expect(r.newContacts.map((c) => c.kind)).toEqual(['lead', 'lead', 'lead']);
    expect(r.newContacts[0]).toMatchObject({
      stage: 'Open - Not Contacted',
      company: 'Litware Labs',
    });
  });

  it('a HubSpot export of the same person merges into the Salesforce contact by e-mail, without case, and keeps both ids', () => {
    const r = imported(['salesforce-contacts-report.csv', 'hubspot-contacts.csv']);
    expect(r.files[1]?.source).toBe('hubspot');
    expect(r.counts.new).toBe(7);
    expect(r.counts.merged).toBe(1);
    const dana = r.newContacts.find((c) => c.firstName === 'Dana') as Contact;
    expect(dana).toMatchObject({
      salesforceId: '0035g00000KlMnOAAV',
      hubspotId: '5101',
      hubspotCompanyId: '9001',
      stage: 'Marketing Qualified Lead',
    });
    expect(r.newContacts.find((c) => c.hubspotId === '5103')?.emailOptOut).toBe(true);
  });

  it('importing the same file again changes nothing; a changed title updates the stored person by CRM id', () => {
    const first = imported(['hubspot-contacts.csv']);
    const again = imported(['hubspot-contacts.csv'], first.put);
    expect(again.counts).toEqual({ new: 0, updated: 0, merged: 0, rejected: 0 });
    expect(again.unchanged).toBe(4);
    const edited = importContacts(
      [{ name: 'h.csv', bytes: 'Record ID,Job Title\n5102,VP Marketing\n' }],
      first.put,
      options(),
    );
    if (!edited.ok) throw new Error('refused');
    expect(edited.updates).toHaveLength(1);
    expect(edited.updates[0]?.after.title).toBe('VP Marketing');
    expect(edited.updates[0]?.changes).toEqual(['title']);
  });

  it('a lead and a contact with one e-mail stay two people (two Salesforce records)', () => {
    const lead = person({
      id: 'l1',
      kind: 'lead',
      salesforceId: '00Q000000000001EAA',
      email: 'a@x.example',
    });
    const r = importContacts(
      [{ name: 'c.csv', bytes: 'Contact ID,Email\n003000000000001AAA,A@x.example\n' }],
      [lead],
      options(),
    );
    expect(r.ok && r.counts.new).toBe(1);
  });

  it('an opt-out read once stays; a persona set by hand is kept', () => {
    const stored = person({
      id: 'p',
      hubspotId: '7',
      email: 'p@x.example',
      emailOptOut: true,
      persona: 'Champion',
    });
    const r = importContacts(
      [
        {
          name: 'h.csv',
          bytes: 'Record ID,Unsubscribed from all email,Persona\n7,false,Marketer\n',
        },
      ],
      [stored],
      options(),
    );
    expect(r.ok && r.unchanged).toBe(1);
  });

  it('a bad Contact ID or e-mail rejects the row with file, row and column', () => {
    const r = imported(['bad-contact-id.csv']);
    expect(r.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(r.rejected.map((x) => [x.file, x.row, x.column])).toEqual([
      ['bad-contact-id.csv', 3, 'Contact ID'],
      ['bad-contact-id.csv', 4, 'Email'],
    ]);
    expect(r.rejected[0]?.reason).toMatch(/not a Contact ID \(003…\)/);
  });

  it('a file with neither e-mail nor CRM id column is refused, naming the file', () => {
    const r = importContacts(
      [{ name: 'names.csv', bytes: 'First Name,Last Name\nA,B\n' }],
      [],
      options(),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({ file: 'names.csv' });
  });

  it('an unterminated quote stops the import with the row', () => {
    const r = importContacts(
      [{ name: 'q.csv', bytes: 'Email,Title\n"a@x.example,VP\n' }],
      [],
      options(),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.file).toBe('q.csv');
  });
});
