// A newcomer opens the sample workspace: the calendar is full and the conflicts view shows every rule.
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/domain/ids';
import { CONFLICT_RULES } from '../../../shared/domain/types';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import { buildSampleAccounts } from '../../../shared/sample/accounts';
import { sampleMotions } from '../../../shared/sample/motions';
import { validateBlackout, validateMotion } from '../../../shared/motions/validateMotion';
import { fiscalQuarterOf, shiftFiscalQuarter } from '../../../shared/dates/fiscal';
import { allConflicts, detectConflicts, resolveAudiences } from '../../../shared/conflicts';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { sampleContacts } from '../../../shared/sample/contacts';

const TODAY = '2027-02-10';

describe('sample motions', () => {
  const ids = sequentialIds('s');
  const { accounts } = buildSampleAccounts(TODAY, ids);
  const { motions, blackouts } = sampleMotions(accounts, TODAY, ids);

  it('plans about a dozen valid motions within the current and next quarter', () => {
    expect(motions.length).toBeGreaterThanOrEqual(10);
    for (const m of motions) expect(validateMotion(m), m.name).toEqual([]);
    for (const b of blackouts) expect(validateBlackout(b)).toEqual([]);
    const first = fiscalQuarterOf(TODAY, 1).start;
    const last = shiftFiscalQuarter(TODAY, 1, 1).end;
    for (const m of motions) expect(m.start >= first && m.end <= last, m.name).toBe(true);
    expect(new Set(motions.map((m) => m.id)).size).toBe(motions.length);
  });

  it('is the same every time', () => {
    const again = sampleMotions(accounts, TODAY, sequentialIds('s2'));
    expect(again.motions.map((m) => [m.name, m.start, m.end])).toEqual(
      motions.map((m) => [m.name, m.start, m.end]),
    );
  });

  it('holds a conflict of every rule, person pressure from its contacts included', () => {
    const contacts = sampleContacts(accounts, ids, `${TODAY}T09:00:00.000Z`);
    const index = detectConflicts({
      accounts,
      motions,
      audiences: resolveAudiences(accounts, motions),
      blackouts,
      settings: DEFAULT_SETTINGS,
      people: conflictPeople(accounts, contacts, DEFAULT_SETTINGS.personaRules),
    });
    const rules = new Set<string>();
    for (const c of allConflicts(index)) rules.add(c.rule);
    expect([...rules].sort()).toEqual([...CONFLICT_RULES].sort());
  });
});
