// "Try merging": Dana's copy of the sample merges into yours with her changes taken as they
// are and the one record you both moved in conflict.
import { describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import {
  SAMPLE_MERGE_MOTION,
  sampleColleagueWorkspace,
  sampleLocalEdit,
} from '../../../shared/sample/sampleColleague';
import { planMerge } from '../../../shared/merge/mergeWorkspaces';
import { applyMergeDecisions } from '../../../shared/merge/applyMergeDecisions';
import { createHlc } from '../../../shared/merge/hlc';
import { stampEdits } from '../../../shared/merge/stampEdits';
import { emptySync } from '../../../shared/merge/syncState';

const TODAY = '2027-01-10';

describe('the sample colleague’s workspace', () => {
  it('brings primary teams, a RACI Accountable and a blackout, and conflicts on the webinar only', () => {
    const sample = buildSampleWorkspace(TODAY);
    const edit = sampleLocalEdit(sample, '2027-01-10T10:00:00.000Z');
    expect(edit).not.toBeNull();
    const mineData = {
      ...sample,
      motions: sample.motions.map((m) => (m.id === edit?.id ? edit : m)),
    };
    const clock = createHlc('my-laptop', () => Date.UTC(2027, 0, 10, 10));
    const mine = { data: mineData, sync: stampEdits(sample, mineData, emptySync(), clock).sync };
    const theirs = sampleColleagueWorkspace(sample, TODAY);
    const plan = planMerge(mine, theirs);

    const tier1 = sample.accounts.filter((a) => a.tier === 1 && a.status === 'target');
    expect(tier1.length).toBeGreaterThan(0);
    expect(plan.preview.accounts.changed).toHaveLength(
      tier1.filter((a) => a.primaryTeam !== 'sales').length,
    );
    expect(plan.preview.raciGrids.changed).toHaveLength(1);
    expect(plan.preview.blackouts.added).toEqual(['sample-colleague-blackout']);
    expect(new Set(plan.conflicts.map((c) => c.label))).toEqual(new Set([SAMPLE_MERGE_MOTION]));
    expect(plan.conflicts.map((c) => (c.kind === 'field' ? c.field : c.kind)).sort()).toEqual([
      'end',
      'start',
      'updatedAt',
    ]);

    const merged = applyMergeDecisions(plan, { all: 'theirs' }, clock);
    if (!merged.ok) throw new Error('undecided');
    const webinar = merged.merged.data.motions.find((m) => m.name === SAMPLE_MERGE_MOTION);
    const original = sample.motions.find((m) => m.name === SAMPLE_MERGE_MOTION);
    expect(webinar?.start).not.toBe(original?.start);
    expect(webinar?.start).toBe(theirs.data.motions.find((m) => m.id === webinar?.id)?.start);
  });
});
