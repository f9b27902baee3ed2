// A pack's quarter holds the workspace when a motion runs in it or the quarter it reviews, a
// result falls in the reviewed quarter, or a TAL snapshot names either; else the CLI refuses it.
import { describe, expect, it } from 'vitest';
import { fiscalQuarterRange } from '../../../shared/dates/fiscal';
import type { Motion, Opportunity, TalSnapshot } from '../../../shared/domain/types';
import { motionQuarterSpan, quarterHoldsWorkspace } from '../../../shared/qbr/quarterHolds';

const q1 = fiscalQuarterRange(2027, 1, 1); // Jan–Mar 2027
const q4 = fiscalQuarterRange(2026, 4, 1); // Oct–Dec 2026
const motion = (start: string, end: string) => ({ start, end }) as Motion;
const none = { motions: [], opportunities: [], talSnapshots: [] };

describe('quarterHoldsWorkspace', () => {
  it('is false for an empty workspace and for motions far from the quarter', () => {
    expect(quarterHoldsWorkspace(none, q1, q4)).toBe(false);
    const far = { ...none, motions: [motion('2027-05-01', '2027-06-30')] };
    expect(quarterHoldsWorkspace(far, q1, q4)).toBe(false);
  });

  it('is true for a motion in the reviewed quarter, a result closed in it, or a snapshot', () => {
    const inReview = { ...none, motions: [motion('2026-12-20', '2026-12-31')] };
    expect(quarterHoldsWorkspace(inReview, q1, q4)).toBe(true);
    const won = { createdDate: '2026-06-01', closeDate: '2026-11-15' } as Opportunity;
    expect(quarterHoldsWorkspace({ ...none, opportunities: [won] }, q1, q4)).toBe(true);
    const snap = { quarter: 'FY2027 Q1' } as TalSnapshot;
    expect(quarterHoldsWorkspace({ ...none, talSnapshots: [snap] }, q1, q4)).toBe(true);
  });

  it('names the span of quarters the motions run in', () => {
    const motions = [motion('2026-11-02', '2026-12-18'), motion('2027-04-05', '2027-05-01')];
    expect(motionQuarterSpan(motions, 1)).toBe('FY2026 Q4 to FY2027 Q2');
    expect(motionQuarterSpan([], 1)).toBeNull();
  });
});
