// One writer at a time: the newest tab steals the store's Web Lock; the tab that held it is
// told it was taken over and refuses to write until it takes the store back.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../renderer/src/store/db';
import { commit, history } from '../../../renderer/src/store/changes';
import { storeStatus } from '../../../renderer/src/store/storeStatus';
import { claimWriter } from '../../../renderer/src/store/writerLock';
import { makeAccount } from '../workspace/fixtures';

/** Web Locks with `steal`, as browsers do it: a steal rejects the holder's request. */
class FakeLocks {
  private holder: { reject: (e: unknown) => void } | null = null;
  names: string[] = [];
  request(name: string, options: { steal?: boolean }, callback: (lock: unknown) => Promise<void>) {
    this.names.push(name);
    if (!options.steal) throw new Error('only steal is modelled');
    this.holder?.reject(new DOMException('The lock was stolen.', 'AbortError'));
    return new Promise<unknown>((resolve, reject) => {
      this.holder = { reject };
      void callback({ name }).then(resolve, reject);
    });
  }
}

beforeEach(() => {
  resetDb(`test-${Math.random()}`);
  history.clear();
});

describe('the writer lock', () => {
  it('a tab whose lock another tab stole stops writing until it takes the lock back', async () => {
    const locks = new FakeLocks();
    await claimWriter('abm-workbench', locks);
    expect(storeStatus().kind).toBe('ok');
    expect(locks.names).toEqual(['abm-workbench:writer']);

    // Another tab claims the same lock (this tab's request is the one rejected).
    locks
      .request('abm-workbench:writer', { steal: true }, () => new Promise(() => undefined))
      .catch(() => undefined); // rejected in turn when this tab takes the lock back
    await expect.poll(() => storeStatus().kind).toBe('taken-over');
    await expect(
      commit('Add Acme', { accounts: { put: [makeAccount({ id: 'a1' })] } }),
    ).rejects.toThrow(/open in another tab or window, which writes to it now/);

    await claimWriter('abm-workbench', locks);
    expect(storeStatus().kind).toBe('ok');
    await commit('Add Acme', { accounts: { put: [makeAccount({ id: 'a1' })] } });
    expect(history.snapshot().undoLabel).toBe('Add Acme');
  });

  it('claiming again in the same tab does not report a takeover', async () => {
    const locks = new FakeLocks();
    await claimWriter('abm-workbench', locks);
    await claimWriter('abm-workbench', locks);
    await new Promise((r) => setTimeout(r, 0));
    expect(storeStatus().kind).toBe('ok');
  });

  it('without Web Locks (one window) the tab simply writes', async () => {
    await claimWriter('abm-workbench', undefined);
    expect(storeStatus().kind).toBe('ok');
  });
});
