// The renderer's Electron platform forwards to window.abm in exactly the contract's shapes.
import { describe, expect, it } from 'vitest';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';
import type { MenuCommand as PlatformMenuCommand } from '../../../renderer/src/platform/platform';
import { invokeContract, type AbmApi, type MenuCommand } from '../../../shared/ipc/contract';

function fakeApi(
  opened: Awaited<ReturnType<AbmApi['openFiles']>> = [
    { name: 'hubspot.csv', bytes: new Uint8Array([65]) },
  ],
) {
  const calls: { method: string; request: unknown }[] = [];
  const listeners = new Set<(command: MenuCommand) => void>();
  const api: AbmApi = {
    openFiles: async (request) => {
      calls.push({ method: 'openFiles', request });
      return opened;
    },
    saveFile: async (request) => {
      calls.push({ method: 'saveFile', request });
      return true;
    },
    printToPdf: async (request) => {
      calls.push({ method: 'printToPdf', request });
      return false;
    },
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { api, calls, emit: (command: MenuCommand) => listeners.forEach((l) => l(command)) };
}

describe('electron platform', () => {
  it('sends requests that pass the main process validation', async () => {
    const { api, calls } = fakeApi();
    const platform = createElectronPlatform(api);
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    expect(platform.kind).toBe('electron');
    expect(await platform.openFiles({ title: 'Import CRM export', filters })).toHaveLength(1);
    expect(
      await platform.saveFile({ suggestedName: 'tal.csv', bytes: new Uint8Array([1]), filters }),
    ).toBe(true);
    expect(await platform.printToPdf({ suggestedName: 'raci.pdf', landscape: true })).toBe(false);
    for (const { method, request } of calls) {
      const schema = invokeContract[method as keyof typeof invokeContract].request;
      expect(schema.safeParse(request).success, method).toBe(true);
    }
  });

  it('delivers menu commands until unsubscribed', () => {
    const { api, emit } = fakeApi();
    const received: PlatformMenuCommand[] = [];
    const unsubscribe = createElectronPlatform(api).onMenuCommand((c) => received.push(c));
    emit('navigate:calendar');
    unsubscribe();
    emit('undo');
    expect(received).toEqual(['navigate:calendar']);
  });
});

describe('files the main process refuses to open', () => {
  const tooLarge =
    "Error invoking remote method 'abm:open-files': Error: all.csv is 513 MB; ABM Workbench opens files of up to 512 MB.";

  it('show the main process’s message and give the caller no files', async () => {
    const { api } = fakeApi();
    const refused: string[] = [];
    const platform = createElectronPlatform(
      { ...api, openFiles: async () => Promise.reject(new Error(tooLarge)) },
      { onOpenRefused: (message) => refused.push(message) },
    );
    expect(await platform.openFiles({ title: 'Import', filters: [] })).toEqual([]);
    expect(refused).toEqual(['all.csv is 513 MB; ABM Workbench opens files of up to 512 MB.']);
  });

  it('reject with that message when nobody listens', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform({
      ...api,
      openFiles: async () => Promise.reject(new Error(tooLarge)),
    });
    await expect(platform.openFiles({ title: 'Import', filters: [] })).rejects.toThrow(
      /^all\.csv is 513 MB/,
    );
  });
});
