// The store survives an upgrade of its schema: a database written by version 1 opens under
// the current schema with every row intact.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { WorkbenchDb } from '../../../renderer/src/store/db';
import { SCHEMA_VERSIONS } from '../../../renderer/src/store/schema';
import { makeAccount } from '../workspace/fixtures';
import { newMotion } from '../../../shared/motions/motionDefaults';
import { readElsewhere } from './accountsElsewhere';
import { readPages } from '../../../renderer/src/store/accountSync';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Contact } from '../../../shared/domain/types';

describe('schema upgrades', () => {
  it('a version 1 database opens under the current schema with its rows intact', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    const first = SCHEMA_VERSIONS[0];
    if (!first) throw new Error('no schema');
    v1.version(first.version).stores(first.stores);
    const acme = makeAccount({ id: 'a1', tags: ['fintech'] });
    await v1.table('accounts').put(acme);
    v1.close();

    const current = new WorkbenchDb(name);
    expect(await readElsewhere(current, 'a1')).toEqual(acme);
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(current.tables.map((t) => t.name)).not.toContain('accounts');
    expect((await readPages(current.accountColumns)).flatMap((p) => p.rows)).toEqual([acme]);
    current.close();
  });

  it('a version 3 account gains empty duplicate-id lists, unknown CRM values, and the owner directory opens empty', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 3))
      old.version(v.version).stores(v.stores);
    const acme: Record<string, unknown> = { ...makeAccount({ id: 'a3' }) };
    delete acme.duplicateSalesforceIds;
    delete acme.duplicateHubspotIds;
    delete acme.importedFromSalesforce;
    delete acme.importedFromHubspot;
    await old.table('accounts').put(acme);
    old.close();

    const current = new WorkbenchDb(name);
    expect(await readElsewhere(current, 'a3')).toEqual(makeAccount({ id: 'a3' }));
    expect(await current.owners.count()).toBe(0);
    current.close();
  });

  it('a motion stored before version 4 keeps its accounts: its tiers and segments match any', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 3))
      old.version(v.version).stores(v.stores);
    const motion = newMotion('m3', '2027-02-01', '2027-01-01T00:00:00.000Z', {
      audience: { tiers: [1], segments: ['fintech'], match: 'all', include: [], exclude: [] },
    });
    const { match: _unknownBefore, ...stored } = motion.audience;
    await old.table('motions').put({ ...motion, audience: stored });
    old.close();

    const current = new WorkbenchDb(name);
    expect(await current.motions.get('m3')).toEqual({
      ...motion,
      audience: { ...motion.audience, match: 'any' },
    });
    current.close();
  });

  it("a domain stored before version 4 follows today's rules: a LinkedIn page is no dedupe key, an IDN is punycode", async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 3))
      old.version(v.version).stores(v.stores);
    const page = makeAccount({
      id: 'p',
      website: 'linkedin.com/company/acme',
      domain: 'linkedin.com',
    });
    const idn = makeAccount({ id: 'i', website: 'https://müller.de', domain: 'müller.de' });
    const plain = makeAccount({ id: 'c', website: 'https://www.acme.com', domain: 'acme.com' });
    await old.table('accounts').bulkPut([page, idn, plain]);
    old.close();

    const current = new WorkbenchDb(name);
    expect((await readElsewhere(current, 'p'))?.domain).toBe('');
    expect((await readElsewhere(current, 'i'))?.domain).toBe('xn--mller-kva.de');
    expect((await readElsewhere(current, 'c'))?.domain).toBe('acme.com');
    current.close();
  });

  it('a version 4 database opens under the current schema with every row and setting, and an empty contacts table', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4))
      old.version(v.version).stores(v.stores);
    const acme = makeAccount({ id: 'a4' });
    await old.table('accounts').put(acme);
    await old
      .table('settings')
      .put({ key: 'settings', value: { ...DEFAULT_SETTINGS, weeklyTouchCap: 5 } });
    old.close();

    const current = new WorkbenchDb(name);
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await readElsewhere(current, 'a4')).toEqual(acme);
    expect(await current.contacts.count()).toBe(0);
    expect((await current.settings.get('settings'))?.value.weeklyTouchCap).toBe(5);
    const person = { id: 'c1', email: 'a@acme.example' } as unknown as Contact;
    await current.contacts.put(person);
    expect(await current.contacts.get('c1')).toEqual(person);
    current.close();
  });
});
