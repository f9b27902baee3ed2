import { describe, expect, it } from 'vitest';
import {
  accountConflicts,
  detectConflicts,
  excludeAccounts,
  resolveAudiences,
  motionWithDates,
} from '../../../shared/conflicts';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Motion } from '../../../shared/domain/types';
import type { Resolution } from '../../../shared/conflicts';
import { account, conflictsOf, motion, plan } from './planBuilder';

const full = (m: ReturnType<typeof motion>): Motion => ({
  ...m,
  kind: 'email nurture',
  budget: null,
  owner: '',
  parentProgram: '',
  color: '#000',
  salesforceId: '',
  createdAt: '',
  updatedAt: '',
});

describe('resolutions', () => {
  const acme = account('acme');
  const nurture = full(motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21'));
  const outbound = full(motion('outbound', 'Sales', 'email', '2027-02-10', '2027-03-10'));
  const [conflict] = conflictsOf(plan([acme], [nurture, outbound]));

  it('moving the nurture to start the day after the sequence ends clears the collision', () => {
    const shift = conflict!.resolutions.find(
      (r): r is Extract<Resolution, { kind: 'shift-motion' }> =>
        r.kind === 'shift-motion' && r.motionId === 'nurture',
    )!;
    expect(shift).toMatchObject({ start: '2027-03-11', end: '2027-03-31' });
    const moved = motionWithDates(nurture, shift.start, shift.end, 'now');
    expect(conflictsOf(plan([acme], [moved, outbound]))).toEqual([]);
  });

  it('excluding the accounts takes them off the include list and keeps them out', () => {
    const withInclude = {
      ...nurture,
      audience: { ...nurture.audience, include: ['acme', 'beta'] },
    };
    const excluded = excludeAccounts(withInclude, ['acme'], 'now');
    expect(excluded.audience).toMatchObject({ include: ['beta'], exclude: ['acme'] });
    expect(conflictsOf(plan([acme], [excluded, outbound]))).toEqual([]);
  });

  it('making sales primary also silences the nurture on those accounts', () => {
    const primary = conflict!.resolutions.find(
      (r) => r.kind === 'set-primary-team' && r.side === 'sales',
    );
    expect(primary).toMatchObject({ silenceMotionIds: ['nurture'] });
  });

  it('the index follows an account whose primary team is set, without a full re-detection', () => {
    const accounts = [acme, account('beta')];
    const motions = [nurture, outbound];
    const index = detectConflicts({
      accounts,
      motions,
      audiences: resolveAudiences(accounts, motions),
      blackouts: [],
      settings: DEFAULT_SETTINGS,
    });
    index.updateAccount({ ...acme, primaryTeam: 'sales' });
    const rules = accountConflicts(index, 0).map((c) => c.rule);
    expect(rules.sort()).toEqual(['cross-team', 'primary-owner']);
    expect(index.accountCounts[0]).toBe(2);
    expect(index.accountCounts[1]).toBe(1);
  });
});
