import { describe, expect, it } from 'vitest';
import { account, blackout, conflictsOf, motion, plan } from './planBuilder';

const acme = account('acme');

describe('rule 1, cross-team collision', () => {
  it('blocks a marketing email nurture and a sales email sequence on the same account', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21'),
          motion('outbound', 'Sales', 'email', '2027-02-15', '2027-03-10'),
        ],
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'cross-team',
      severity: 'block',
      motionIds: ['nurture', 'outbound'],
      accountId: 'acme',
      window: { first: '2027-02-15', last: '2027-02-21' },
    });
    expect(found[0]?.explanation).toContain('nurture');
    expect(found[0]?.resolutions.map((r) => r.kind)).toEqual([
      'shift-motion',
      'shift-motion',
      'exclude-accounts',
      'exclude-accounts',
      'set-primary-team',
      'set-primary-team',
      'accept',
    ]);
  });

  it('only warns when one of the two is not email, and follows the severity setting one step lower', () => {
    const motions = [
      motion('nurture', 'Marketing Ops', 'email', '2027-02-01', '2027-02-21'),
      motion('calls', 'Sales Ops', 'phone', '2027-02-10', '2027-02-12'),
    ];
    expect(conflictsOf(plan([acme], motions))[0]?.severity).toBe('warn');
    const softer = {
      ...plan([acme], motions).settings,
      severities: { ...plan([acme], motions).settings.severities, 'cross-team': 'warn' as const },
    };
    expect(conflictsOf(plan([acme], motions, [], softer))[0]?.severity).toBe('info');
  });

  it('counts a motion ending on the day another starts as one day of overlap', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-10'),
          motion('b', 'Sales', 'email', '2027-02-10', '2027-02-20'),
        ],
      ),
    );
    expect(found.map((c) => c.window)).toEqual([{ first: '2027-02-10', last: '2027-02-10' }]);
  });

  it('finds nothing when one motion ends the day before the other starts', () => {
    expect(
      conflictsOf(
        plan(
          [acme],
          [
            motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-09'),
            motion('b', 'Sales', 'email', '2027-02-10', '2027-02-20'),
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('catches two single-day motions on the same day', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('a', 'Marketing', 'event', '2027-03-03', '2027-03-03'),
          motion('b', 'Sales', 'phone', '2027-03-03', '2027-03-03'),
        ],
      ),
    );
    expect(found.map((c) => [c.rule, c.window.first, c.window.last])).toEqual([
      ['cross-team', '2027-03-03', '2027-03-03'],
    ]);
  });

  it('ignores ambient channels: ads next to a sales sequence is no collision', () => {
    expect(
      conflictsOf(
        plan(
          [acme],
          [
            motion('ads', 'Marketing', 'ads', '2027-02-01', '2027-02-21'),
            motion('b', 'Sales', 'email', '2027-02-01', '2027-02-21'),
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('ignores aborted motions', () => {
    expect(
      conflictsOf(
        plan(
          [acme],
          [
            motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-21', { status: 'Aborted' }),
            motion('b', 'Sales', 'email', '2027-02-01', '2027-02-21'),
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('respects the audience: an account in both include and exclude lists is not touched', () => {
    const candidate = account('beta', { status: 'candidate' });
    expect(
      conflictsOf(
        plan(
          [candidate],
          [
            motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-21', {
              include: ['beta'],
              exclude: ['beta'],
            }),
            motion('b', 'Sales', 'email', '2027-02-01', '2027-02-21', { include: ['beta'] }),
          ],
        ),
      ),
    ).toEqual([expect.objectContaining({ rule: 'off-list', motionIds: ['b'] })]);
  });

  it('finds nothing for a motion with an empty audience', () => {
    expect(
      conflictsOf(
        plan(
          [acme],
          [
            motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-21', { tiers: [] }),
            motion('b', 'Sales', 'email', '2027-02-01', '2027-02-21'),
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('leaves a Tier 2 account alone when the motions select Tier 1', () => {
    expect(
      conflictsOf(
        plan(
          [account('t2', { tier: 2 })],
          [
            motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-21'),
            motion('b', 'Sales', 'email', '2027-02-01', '2027-02-21'),
          ],
        ),
      ),
    ).toEqual([]);
  });
});

describe('rule 2, same-channel double booking', () => {
  it('warns on two marketing emails at once but not on marketing email plus marketing event', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('n1', 'Marketing', 'email', '2027-02-01', '2027-02-21'),
          motion('n2', 'Marketing Ops', 'email', '2027-02-07', '2027-02-28'),
          motion('ev', 'Marketing', 'event', '2027-02-01', '2027-02-28'),
        ],
      ),
    );
    expect(found.map((c) => [c.rule, c.severity, c.motionIds.join('+')])).toEqual([
      ['same-channel', 'warn', 'n1+n2'],
    ]);
  });
});

describe('rule 3, contact pressure', () => {
  it('warns when a week holds strictly more touches than the cap, pro-rated by active days', () => {
    // Mon 2027-02-01 … Sun 2027-02-07. Two motions at 2 a week for the full week: 4 > 3.
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-07', { touchesPerWeek: 2 }),
          motion('b', 'Marketing', 'phone', '2027-02-01', '2027-02-07', { touchesPerWeek: 2 }),
        ],
      ),
    );
    expect(found.map((c) => [c.rule, c.window.first, c.window.last, c.touches])).toEqual([
      ['contact-pressure', '2027-02-01', '2027-02-07', 4],
    ]);
  });

  it('does not fire at exactly the cap', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-07', { touchesPerWeek: 2 }),
          motion('b', 'Marketing', 'phone', '2027-02-01', '2027-02-07', { touchesPerWeek: 1 }),
        ],
      ),
    );
    expect(found).toEqual([]);
  });

  it('counts a motion starting on Thursday as 4/7 of its weekly touches in that week', () => {
    // 7 a week from Thu 2027-02-04: 4 touches in the first week (over 3), 7 in the next.
    const found = conflictsOf(
      plan(
        [acme],
        [motion('a', 'Marketing', 'email', '2027-02-04', '2027-02-14', { touchesPerWeek: 7 })],
      ),
    );
    expect(found.map((c) => [c.window.first, c.window.last, c.touches])).toEqual([
      ['2027-02-04', '2027-02-07', 4],
      ['2027-02-08', '2027-02-14', 7],
    ]);
  });

  it('ignores ambient channels and follows the cap setting', () => {
    const motions = [
      motion('ads', 'Marketing', 'ads', '2027-02-01', '2027-02-07', { touchesPerWeek: 20 }),
      motion('b', 'Sales', 'phone', '2027-02-01', '2027-02-07', { touchesPerWeek: 3 }),
    ];
    expect(conflictsOf(plan([acme], motions))).toEqual([]);
    expect(
      conflictsOf(plan([acme], motions, [], { weeklyTouchCap: 2 })).map((c) => c.rule),
    ).toEqual(['contact-pressure']);
  });
});

describe('rule 4, primary-owner violation', () => {
  it('blocks a marketing motion on an account sales owns, not a sales one', () => {
    const owned = account('acme', { primaryTeam: 'sales' });
    const found = conflictsOf(
      plan(
        [owned],
        [
          motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-21'),
          motion('calls', 'Sales', 'phone', '2027-05-01', '2027-05-21'),
          motion('ads', 'Marketing', 'ads', '2027-02-01', '2027-02-21'),
        ],
      ),
    );
    expect(found.map((c) => [c.rule, c.severity, c.motionIds[0]])).toEqual([
      ['primary-owner', 'block', 'nurture'],
    ]);
  });
});

describe('rule 5, blackout violation', () => {
  const m = motion('nurture', 'Marketing', 'email', '2027-02-01', '2027-02-10');

  it('blocks a motion overlapping a blackout that touches its last day', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [m],
        [blackout('neg', { kind: 'account', accountId: 'acme' }, '2027-02-10', '2027-02-20')],
      ),
    );
    expect(
      found.map((c) => [c.rule, c.severity, c.blackoutId, c.window.first, c.window.last]),
    ).toEqual([['blackout', 'block', 'neg', '2027-02-10', '2027-02-10']]);
  });

  it('finds nothing when the blackout starts the day after the motion ends', () => {
    expect(
      conflictsOf(
        plan([acme], [m], [blackout('neg', { kind: 'everyone' }, '2027-02-11', '2027-02-20')]),
      ),
    ).toEqual([]);
  });

  it("covers accounts through their segment and through everyone's blackouts", () => {
    const fin = account('fin', { tags: ['Fintech'] });
    const found = conflictsOf(
      plan(
        [acme, fin],
        [m],
        [
          blackout('seg', { kind: 'segment', segment: 'fintech' }, '2027-02-05', '2027-02-06'),
          blackout('hol', { kind: 'everyone' }, '2027-01-25', '2027-02-01'),
        ],
      ),
    );
    expect(found.map((c) => `${c.accountId}:${c.blackoutId}`).sort()).toEqual([
      'acme:hol',
      'fin:hol',
      'fin:seg',
    ]);
  });
});

describe('rule 6, messaging clash', () => {
  it('informs when overlapping motions on any channel carry different themes, ignoring case', () => {
    const found = conflictsOf(
      plan(
        [acme],
        [
          motion('ads', 'Marketing', 'ads', '2027-02-01', '2027-02-21', { theme: 'Security' }),
          motion('content', 'Marketing', 'content', '2027-02-01', '2027-02-21', {
            theme: 'Cost savings',
          }),
          motion('same', 'Marketing', 'ads', '2027-02-01', '2027-02-21', { theme: ' security ' }),
          motion('none', 'Marketing', 'ads', '2027-02-01', '2027-02-21'),
        ],
      ),
    );
    expect(found.map((c) => [c.rule, c.severity, c.motionIds.join('+')]).sort()).toEqual([
      ['messaging-clash', 'info', 'ads+content'],
      ['messaging-clash', 'info', 'content+same'],
    ]);
  });
});

describe('rule 7, off-list targeting', () => {
  it('warns for include-list accounts that are not targets, and only those', () => {
    const cand = account('cand', { status: 'candidate' });
    const gone = account('gone', { status: 'removed' });
    const found = conflictsOf(
      plan(
        [acme, cand, gone],
        [
          motion('m', 'Sales', 'ads', '2027-02-01', '2027-02-21', {
            include: ['acme', 'cand', 'gone'],
          }),
        ],
      ),
    );
    expect(found.map((c) => [c.rule, c.accountId]).sort()).toEqual([
      ['off-list', 'cand'],
      ['off-list', 'gone'],
    ]);
  });
});

describe('ids', () => {
  it('gives the same conflict the same id whatever the order of motions and accounts', () => {
    const a = motion('a', 'Marketing', 'email', '2027-02-01', '2027-02-21');
    const b = motion('b', 'Sales', 'email', '2027-02-01', '2027-02-21');
    const one = conflictsOf(plan([acme, account('z')], [a, b]));
    const two = conflictsOf(plan([account('z'), acme], [b, a]));
    expect(one.map((c) => c.id).sort()).toEqual(two.map((c) => c.id).sort());
    expect(new Set(one.map((c) => c.id)).size).toBe(2);
    expect(new Set(one.map((c) => c.groupId)).size).toBe(1);
  });
});
