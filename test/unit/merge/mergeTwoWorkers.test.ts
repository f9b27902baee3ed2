// The two-Worker preview (theirsHandlers parses and cuts, mergeHandlers.previewFrom plans; here
// both on one thread, joined by a MessageChannel as the window joins them) shows the preview
// and merges as the one-Worker preview: also when the cut does not fit the store (their whole
// copy is sent then), and a bad file is refused with the same message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history } from '../../../renderer/src/store/changes';
import { readStampedWorkspace, setSyncClockForTests } from '../../../renderer/src/store/syncLog';
import { replaceWorkspace } from '../../../renderer/src/features/workspace/workspaceStore';
import { backupWorkspace } from '../../../renderer/src/features/workspace/backup';
import { mergeHandlers } from '../../../renderer/src/features/merge/mergeHandlers';
import {
  theirsHandlers,
  type MergeMessage,
  type TheirsPort,
} from '../../../renderer/src/features/merge/theirsHandlers';
import type { OpenedFile } from '../../../renderer/src/platform/platform';
import { buildSampleWorkspace } from '../../../shared/sample/sampleWorkspace';
import type { Account } from '../../../shared/domain/types';

const sample = buildSampleWorkspace('2027-01-10');
const mine = `two-a-${Math.random()}`;
const theirs = `two-b-${Math.random()}`;
let now = Date.UTC(2027, 0, 10, 9);
const [first, second] = sample.accounts as [Account, Account];
const noEvents = { emit: () => undefined, signal: new AbortController().signal } as never;

function use(name: string) {
  resetDb(name);
  history.clear();
}

async function theirFile(): Promise<OpenedFile> {
  use(theirs);
  await commit('Theirs', {
    accounts: {
      put: [
        { ...first, notes: 'from B' },
        { ...second, tier: 3 },
      ],
    },
  });
  const { bytes } = await backupWorkspace(new Date(now));
  return { name: 'b.json', bytes };
}

/** Both handlers joined by a channel; `alter` changes what the merge Worker sends. */
async function twoWorkers(file: OpenedFile, alter: (m: MergeMessage) => MergeMessage = (m) => m) {
  const { port1, port2 } = new MessageChannel();
  const fromMerge: TheirsPort = {
    postMessage: (m) => port2.postMessage(alter(m as MergeMessage)),
    set onmessage(f) {
      port2.onmessage = f as never;
    },
    get onmessage() {
      return port2.onmessage as never;
    },
    close: () => port2.close(),
  };
  const [reply] = await Promise.all([
    mergeHandlers.previewFrom({ fileName: file.name, port: fromMerge }),
    theirsHandlers.parse({ file, port: port1 as unknown as TheirsPort }),
  ]);
  return reply;
}

beforeEach(async () => {
  setSyncClockForTests(() => (now += 1000));
  for (const name of [mine, theirs]) {
    use(name);
    await replaceWorkspace('Open the sample workspace', sample);
  }
  use(mine);
  await commit('Mine', { accounts: { put: [{ ...first, notes: 'from A' }] } });
});
afterEach(() => setSyncClockForTests(null));

describe('the preview in two Workers', () => {
  it('shows and merges as the preview in one', async () => {
    const file = await theirFile();
    use(mine);
    const one = await mergeHandlers.preview({ ...file, bytes: file.bytes.slice() });
    const two = await twoWorkers({ ...file, bytes: file.bytes.slice() });
    if (!one.ok || !two.ok) throw new Error('no preview');
    expect(two.summary).toEqual(one.summary);
    expect(two.summary.conflicts.map((c) => c.key)).toEqual([first.id]);
    expect(two.phases.steps.map(([phase]) => phase)).not.toContain('theirs, all');
    const written = await mergeHandlers.apply({ all: 'theirs' }, noEvents);
    if (!written.ok) throw new Error(written.error);
    const after = await readStampedWorkspace();
    const byId = new Map(after.data.accounts.map((a) => [a.id, a]));
    expect(byId.get(first.id)?.notes).toBe('from B');
    expect(byId.get(second.id)?.tier).toBe(3);
  });

  it('a cut that does not fit the store: their whole copy, the same preview', async () => {
    const file = await theirFile();
    use(mine);
    const one = await mergeHandlers.preview({ ...file, bytes: file.bytes.slice() });
    // My stamps reach the theirs Worker as if read at another log entry.
    const two = await twoWorkers({ ...file, bytes: file.bytes.slice() }, (m) =>
      m.kind === 'mine' ? { ...m, seq: (m.seq ?? 0) - 1 } : m,
    );
    if (!one.ok || !two.ok) throw new Error('no preview');
    expect(two.phases.steps.map(([phase]) => phase)).toContain('theirs, all');
    expect(two.summary).toEqual(one.summary);
  });

  it('a bad file is refused with the same message', async () => {
    use(mine);
    const bad = () => ({ name: 'bad.json', bytes: new TextEncoder().encode('{"format": 1') });
    const one = await mergeHandlers.preview(bad());
    const two = await twoWorkers(bad());
    expect(one.ok).toBe(false);
    expect(two).toEqual(one);
  });
});
