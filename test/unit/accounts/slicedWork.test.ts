// Bulk edits build their rows in slices, yielding to the window between them.
import { describe, expect, it } from 'vitest';
import { mapInSlices, SLICE } from '../../../renderer/src/features/accounts/slicedWork';

describe('work in slices', () => {
  it('maps every item in order, leaves out nulls, and lets other tasks run in between', async () => {
    const items = Array.from({ length: SLICE * 2 + 5 }, (_, i) => i);
    const progress: number[] = [];
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const seenByOther: number[] = [];
    const out = await mapInSlices(
      items,
      (i) => {
        if (otherTaskRan && seenByOther.length === 0) seenByOther.push(i);
        return i % 2 === 0 ? i * 10 : null;
      },
      (done) => progress.push(done),
    );
    expect(out).toEqual(items.filter((i) => i % 2 === 0).map((i) => i * 10));
    expect(progress).toEqual([SLICE, SLICE * 2, SLICE * 2 + 5]);
    // The timer ran before the last slices: the work did not hold the thread throughout.
    expect(seenByOther[0]).toBeGreaterThanOrEqual(SLICE);
  });
});
