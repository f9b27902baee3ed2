// The page gets one object, window.abm, with exactly the contract's methods; each forwards to
// its own channel, and unknown menu commands never reach the page.
import { describe, expect, it, vi } from 'vitest';
import { ABM_API_KEYS, INVOKE_CHANNELS, type AbmApi } from '../../../shared/ipc/contract';

type Listener = (event: unknown, payload: unknown) => void;
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  listeners: new Map<string, Listener>(),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => bridge.exposed.set(name, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, request: unknown) => {
      bridge.invoked.push([channel, request]);
      return true;
    },
    on: (channel: string, listener: Listener) => bridge.listeners.set(channel, listener),
    removeListener: (channel: string) => bridge.listeners.delete(channel),
  },
}));

async function loadPreload(): Promise<AbmApi> {
  await import('../../../electron/preload');
  return bridge.exposed.get('abm') as AbmApi;
}

describe('the preload', () => {
  it('exposes one object, abm, with exactly the contract keys', async () => {
    const api = await loadPreload();
    expect([...bridge.exposed.keys()]).toEqual(['abm']);
    expect(Object.keys(api).sort()).toEqual([...ABM_API_KEYS].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each call on its own channel', async () => {
    const api = await loadPreload();
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    await api.openFiles({ title: 'Import', filters });
    await api.saveFile({ suggestedName: 'a.csv', filters, bytes: new Uint8Array() });
    await api.printToPdf({ suggestedName: 'a.pdf', landscape: false });
    expect(bridge.invoked.map(([channel]) => channel)).toEqual([
      INVOKE_CHANNELS.openFiles,
      INVOKE_CHANNELS.saveFile,
      INVOKE_CHANNELS.printToPdf,
    ]);
  });

  it('passes on known menu commands only, until unsubscribed', async () => {
    const api = await loadPreload();
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const deliver = (payload: unknown) => bridge.listeners.get('abm:menu-command')?.({}, payload);
    deliver('navigate:export');
    deliver('navigate:../../etc');
    deliver({ toString: () => 'undo' });
    unsubscribe();
    deliver('undo');
    expect(received).toEqual(['navigate:export']);
  });
});
