// The fast preview (only the accounts a change can touch, one per class of alike accounts)
// held against the truth for any change the engine accepts — motions replaced with new dates,
// channels, teams, themes, status and audiences, accounts given a new primary team, status or
// tags — on plans full of identical accounts, after earlier edits that split their classes:
// its cleared and created counts and severities per group equal the difference between two
// full detections, and the index is left exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allConflicts,
  detectConflicts,
  listGroups,
  previewChange,
  resolveAudiences,
} from '../../../shared/conflicts';
import type {
  ConflictAccount,
  ConflictIndex,
  ConflictMotion,
  ConflictPlan,
  PlanChange,
} from '../../../shared/conflicts';
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import { accountArb, blackoutArb, motionArb, personArb } from './randomPlan';

const fieldsArb = fc.record({
  status: fc.constantFrom('target', 'candidate', 'removed' as const),
  tags: fc.subarray(['a', 'b', 'C']),
  primaryTeam: fc.constantFrom(null, 'marketing', 'sales' as const),
});

/** Accounts copied from three templates, so most have twins. */
const planArb = fc
  .record({
    templates: fc.tuple(accountArb(0), accountArb(1), accountArb(2)),
    picks: fc.array(fc.nat(2), { minLength: 1, maxLength: 14 }),
    motionCount: fc.integer({ min: 1, max: 7 }),
    blackoutCount: fc.integer({ min: 0, max: 3 }),
    cap: fc.integer({ min: 1, max: 4 }),
    personCap: fc.integer({ min: 0, max: 3 }),
    // Each template's people (persona and opt-outs): its copies get the same, so stay twins.
    templatePeople: fc.tuple(...[0, 1, 2].map(() => fc.array(personArb(0, 1), { maxLength: 3 }))),
  })
  .chain((f) => {
    const accounts = f.picks.map((t, i): ConflictAccount => ({
      ...f.templates[t]!,
      id: `acc-${i}`,
      name: `Account ${i}`,
    }));
    const ids = accounts.map((a) => a.id);
    return fc
      .record({
        motions: fc.tuple(...Array.from({ length: f.motionCount }, (_, i) => motionArb(i, ids))),
        blackouts: fc.tuple(
          ...Array.from({ length: f.blackoutCount }, (_, i) => blackoutArb(i, ids)),
        ),
      })
      .map(({ motions, blackouts }): ConflictPlan => ({
        accounts,
        motions,
        audiences: resolveAudiences(accounts, motions),
        blackouts,
        people: f.picks.flatMap((t, i) =>
          f.templatePeople[t]!.map((person, k) => ({
            ...person,
            id: `per-${i}-${k}`,
            name: `Person ${i}.${k}`,
            account: i,
          })),
        ),
        settings: { ...DEFAULT_SETTINGS, weeklyTouchCap: f.cap, personTouchCap: f.personCap },
      }));
  });

/** A change to `p`: some motions replaced (same ids), some accounts given new fields. */
const changeArb = (p: ConflictPlan) => {
  const ids = p.accounts.map((a) => a.id);
  return fc.record({
    motions: fc
      .uniqueArray(fc.nat(p.motions.length - 1), { maxLength: 3 })
      .chain((at) => fc.tuple(...at.map((m) => motionArb(m, ids)))),
    accounts: fc.uniqueArray(fc.tuple(fc.nat(p.accounts.length - 1), fieldsArb), {
      maxLength: 4,
      selector: ([i]) => i,
    }),
  });
};

interface Drawn {
  motions: ConflictMotion[];
  accounts: [number, Pick<ConflictAccount, 'status' | 'tags' | 'primaryTeam'>][];
}

/** The change as the engine takes it, and the plan it leads to (audiences as given). */
function applied(p: ConflictPlan, drawn: Drawn) {
  const accounts = [...p.accounts];
  for (const [i, f] of drawn.accounts) accounts[i] = { ...accounts[i]!, ...f };
  const motions = [...p.motions];
  const audiences = [...p.audiences];
  const change: PlanChange = { motions: [], accounts: drawn.accounts.map(([i]) => accounts[i]!) };
  for (const motion of drawn.motions) {
    const at = motions.findIndex((m) => m.id === motion.id);
    const audience = resolveAudiences(accounts, [motion])[0]!;
    motions[at] = motion;
    audiences[at] = audience;
    change.motions.push({ motion, audience });
  }
  return { change, plan: { ...p, accounts, motions, audiences } };
}

/** Conflicts as accounts and severity, by group id. */
function byGroup(p: ConflictPlan) {
  const out = new Map<string, { accounts: Set<string>; severity: string }>();
  for (const c of allConflicts(detectConflicts(p))) {
    let g = out.get(c.groupId);
    if (!g) out.set(c.groupId, (g = { accounts: new Set(), severity: c.severity }));
    g.accounts.add(c.accountId);
  }
  return out;
}

function lines(index: ConflictIndex): string[] {
  return [...allConflicts(index)].map((c) => `${c.id}:${c.severity}:${c.window.first}`).sort();
}

function edit(index: ConflictIndex, change: PlanChange): void {
  for (const { motion, audience } of change.motions)
    index.updateMotion(motion.id, motion, audience);
  for (const account of change.accounts) index.updateAccount(account);
}

describe('the fast resolution preview', () => {
  it('equals the difference of two full detections, for any change, after any edits (property)', () => {
    fc.assert(
      fc.property(
        planArb.chain((p) =>
          changeArb(p).chain((earlier) => {
            const { plan } = applied(p, earlier);
            return fc.tuple(fc.constant(p), fc.constant(earlier), changeArb(plan));
          }),
        ),
        ([p0, earlier, drawn]) => {
          // Earlier edits, made through the index as the app makes them: classes split.
          const index = detectConflicts(p0);
          const first = applied(p0, earlier);
          edit(index, first.change);
          const p1 = first.plan;
          const { change, plan: p2 } = applied(p1, drawn);
          const before = lines(index);
          const counts = listGroups(index, null, false)
            .map((g) => `${g.id}:${g.accountCount}`)
            .sort();

          const preview = previewChange(index, change);

          const was = byGroup(p1);
          const now = byGroup(p2);
          const expected = new Map<
            string,
            { cleared: number; created: number; severity: string }
          >();
          for (const id of new Set([...was.keys(), ...now.keys()])) {
            const a = was.get(id)?.accounts ?? new Set<string>();
            const b = now.get(id)?.accounts ?? new Set<string>();
            const cleared = [...a].filter((x) => !b.has(x)).length;
            const created = [...b].filter((x) => !a.has(x)).length;
            const severity = (created > 0 ? now.get(id) : was.get(id))?.severity ?? '';
            if (cleared || created) expected.set(id, { cleared, created, severity });
          }
          const got = new Map(
            preview.groups.map((g) => [
              g.groupId,
              { cleared: g.cleared, created: g.created, severity: g.severity },
            ]),
          );
          expect(got).toEqual(expected);
          expect(preview.cleared).toBe([...expected.values()].reduce((n, e) => n + e.cleared, 0));
          expect(preview.created).toBe([...expected.values()].reduce((n, e) => n + e.created, 0));
          // The index is exactly as it was, and as a fresh detection of the edited plan.
          expect(lines(index)).toEqual(before);
          expect(lines(index)).toEqual(lines(detectConflicts(p1)));
          expect(
            listGroups(index, null, false)
              .map((g) => `${g.id}:${g.accountCount}`)
              .sort(),
          ).toEqual(counts);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
