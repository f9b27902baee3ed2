// Person pressure (issue 18): the same buyer hearing from marketing and sales in one week.
// People are matched to accounts and given personas as the Contacts section does, then the
// engine counts, per person and week, the touches of the motions that reach them.
import { describe, expect, it } from 'vitest';
import { conflictPeople } from '../../../shared/contacts/conflictPeople';
import { DEFAULT_PERSONA_RULES } from '../../../shared/contacts/personas';
import { detectConflicts, listGroups } from '../../../shared/conflicts';
import type { Account } from '../../../shared/domain/types';
import { person } from '../contacts/people';
import { account, conflictsOf, motion, plan } from './planBuilder';

const acme = {
  ...account('acc-acme', { name: 'Acme' }),
  domain: 'acme.com',
  salesforceId: '',
  hubspotId: '',
  duplicateSalesforceIds: [],
  duplicateHubspotIds: [],
} as const;
const buyer = person({
  id: 'c-ann',
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@acme.com',
  title: 'VP Marketing',
});
const cfo = person({
  id: 'c-cfo',
  firstName: 'Carl',
  lastName: 'Fo',
  email: 'carl@acme.com',
  title: 'CFO',
  doNotCall: true,
});
// Feb 1 2027 is a Monday: both motions run the whole week.
const nurture = motion('Q1 nurture', 'Marketing', 'email', '2027-02-01', '2027-02-07', {
  touchesPerWeek: 2,
});
const outbound = motion('AE outbound', 'Sales', 'phone', '2027-02-01', '2027-02-07', {
  touchesPerWeek: 1,
});

function planWith(motions = [nurture, outbound], cap = 2) {
  const people = conflictPeople([acme as unknown as Account], [buyer, cfo], DEFAULT_PERSONA_RULES);
  // The account cap is high so only the per-person rule speaks.
  return { ...plan([acme], motions, [], { weeklyTouchCap: 10, personTouchCap: cap }), people };
}

const personConflicts = (p: ReturnType<typeof planWith>) =>
  conflictsOf(p).filter((c) => c.rule === 'person-pressure');

describe('person pressure', () => {
  it('a buyer who gets a nurture email and a sales call in one week goes over the cap of 2', () => {
    const [c, ...more] = personConflicts(planWith());
    expect(more).toHaveLength(0);
    expect(c).toMatchObject({
      accountId: 'acc-acme',
      severity: 'warn',
      touches: 3,
      motionIds: ['Q1 nurture', 'AE outbound'],
      window: { first: '2027-02-01', last: '2027-02-07' },
      people: [{ id: 'c-ann', name: 'Ann Lee', touches: 3 }],
    });
    // The CFO asked not to be called: the phone sequence does not reach him (2 touches, at the cap).
    expect(c!.explanation).toBe(
      '1 person at Acme would get more than 2 touches in the week of Feb 1: Ann Lee (3), from Q1 nurture, AE outbound.',
    );
    expect(c!.resolutions.map((r) => r.label)).toEqual([
      'Exclude the accounts from Q1 nurture',
      'Exclude the accounts from AE outbound',
      'Accept with a note',
    ]);
  });

  it('is grouped by week, with its own title and severity setting', () => {
    const p = planWith();
    p.settings = {
      ...p.settings,
      severities: { ...p.settings.severities, 'person-pressure': 'block' },
    };
    const groups = listGroups(detectConflicts(p)).filter((g) => g.rule === 'person-pressure');
    expect(groups).toMatchObject([
      {
        title: 'Over 2 touches per person in the week of Feb 1',
        severity: 'block',
        week: '2027-02-01',
        accountCount: 1,
      },
    ]);
  });

  it('a motion limited to another persona does not reach the buyer', () => {
    const finance = {
      ...outbound,
      audience: { ...outbound.audience, personas: ['Finance leader'] },
    };
    expect(personConflicts(planWith([nurture, finance]))).toEqual([]);
  });

  it('touches at the cap are not over it, and a higher cap clears the conflict', () => {
    expect(personConflicts(planWith([nurture]))).toEqual([]);
    expect(personConflicts(planWith(undefined, 3))).toEqual([]);
  });

  it('a motion moved to the next week clears it, incrementally as in a fresh detection', () => {
    const p = planWith();
    const index = detectConflicts(p);
    const later = { ...outbound, start: '2027-02-08', end: '2027-02-14' };
    index.updateMotion(later.id, later, p.audiences[1]!);
    expect(listGroups(index).filter((g) => g.rule === 'person-pressure')).toEqual([]);
  });
});
