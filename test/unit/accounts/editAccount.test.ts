import { describe, expect, it } from 'vitest';
import { editAccountField, removeAccounts } from '../../../shared/accounts';
import { buildSampleAccounts } from '../../../shared/sample/accounts';
import { sequentialIds } from '../../../shared/domain/ids';

const base = buildSampleAccounts('2027-02-10', sequentialIds()).accounts.find(
  (a) => a.status === 'target',
)!;

describe('editing a cell', () => {
  it('updates derived fields: website → domain, country → region', () => {
    const r = editAccountField(base, 'website', 'HTTPS://www.New-Site.example/x');
    expect(r.ok && [r.value.website, r.value.domain]).toEqual([
      'HTTPS://www.New-Site.example/x',
      'new-site.example',
    ]);
    const c = editAccountField(base, 'country', 'Deutschland');
    expect(c.ok && [c.value.country, c.value.region]).toEqual(['DE', 'EMEA']);
  });

  it('refuses values that do not fit and leaves the account as it was', () => {
    expect(editAccountField(base, 'employees', 'many')).toEqual({
      ok: false,
      reason: '"many" is not a number',
    });
    expect(editAccountField(base, 'tier', '4').ok).toBe(false);
    expect(editAccountField(base, 'name', '  ').ok).toBe(false);
    expect(editAccountField(base, 'ownerEmail', 'jane').ok).toBe(false);
  });

  it('will not remove an account without a reason', () => {
    expect(editAccountField(base, 'status', 'removed').ok).toBe(false);
    expect(removeAccounts([base], ' ', 'now').ok).toBe(false);
    const r = removeAccounts([base], 'Acquired', 'now');
    expect(r.ok && r.value[0]).toMatchObject({ status: 'removed', removedReason: 'Acquired' });
  });

  it('clears the removal reason when an account is brought back', () => {
    const removed = { ...base, status: 'removed' as const, removedReason: 'Acquired' };
    const r = editAccountField(removed, 'status', 'target');
    expect(r.ok && r.value).toMatchObject({ status: 'target', removedReason: '' });
  });
});
