// Every IPC handler runs only for our own main frame and a well-formed request.
import { describe, expect, it, vi } from 'vitest';
import {
  guardHandler,
  IpcRejection,
  registerContractHandlers,
  type ContractHandlers,
} from '../../../electron/modules/guardedIpc';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { IpcSenderInfo } from '../../../electron/modules/trustedSender';

function eventFrom(url: string, options: { subFrame?: boolean; gone?: boolean } = {}) {
  const mainFrame = { url };
  const senderFrame = options.gone ? null : options.subFrame ? { url } : mainFrame;
  return { sender: { mainFrame }, senderFrame } satisfies IpcSenderInfo;
}
const ourPage = () => eventFrom('app://abm/index.html');

const validSave = {
  suggestedName: 'tal-2026-q1.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  bytes: new Uint8Array([1, 2, 3]),
};

describe('a guarded save handler', () => {
  it('runs for our page with a valid request', async () => {
    const handler = vi.fn(async () => true);
    const guarded = guardHandler('saveFile', handler);
    await expect(guarded(ourPage(), validSave)).resolves.toBe(true);
    expect(handler).toHaveBeenCalledWith(validSave, expect.anything());
  });

  it.each([
    ['a foreign page', eventFrom('https://evil.example/'), 'is not the app origin'],
    ['a file: page', eventFrom('file:///tmp/x.html'), 'is not the app origin'],
    ['an iframe of our page', eventFrom('app://abm/index.html', { subFrame: true }), 'main frame'],
    ['a frame that is gone', eventFrom('app://abm/index.html', { gone: true }), 'frame is gone'],
    [
      'an iframe in the same process',
      {
        sender: { mainFrame: { url: 'app://abm/', parent: null, processId: 4, routingId: 1 } },
        senderFrame: { url: 'app://abm/', parent: {}, processId: 4, routingId: 1 },
      },
      'main frame',
    ],
  ])('rejects %s without running the handler', async (_label, event, reason) => {
    const handler = vi.fn(async () => true);
    const logged: string[] = [];
    const guarded = guardHandler('saveFile', handler, (message) => logged.push(message));
    await expect(guarded(event, validSave)).rejects.toThrow(reason);
    expect(handler).not.toHaveBeenCalled();
    expect(logged[0]).toContain('abm:save-file: rejected');
  });

  it.each([
    ['no payload', []],
    ['two arguments', [validSave, validSave]],
    ['null', [null]],
    ['a string for bytes', [{ ...validSave, bytes: 'AAEC' }]],
    ['a plain array for bytes', [{ ...validSave, bytes: [1, 2, 3] }]],
    ['a path instead of a name', [{ ...validSave, suggestedName: '../../.bashrc' }]],
    ['an absolute Windows path', [{ ...validSave, suggestedName: 'C:\\Windows\\x.dll' }]],
    ['an empty name', [{ ...validSave, suggestedName: '' }]],
    ['an unknown field', [{ ...validSave, overwrite: '/etc/passwd' }]],
    [
      'a filter extension with a dot',
      [{ ...validSave, filters: [{ name: 'x', extensions: ['.csv'] }] }],
    ],
  ])('rejects a malformed request: %s', async (_label, args) => {
    const handler = vi.fn(async () => true);
    const guarded = guardHandler('saveFile', handler);
    await expect(guarded(ourPage(), ...args)).rejects.toBeInstanceOf(IpcRejection);
    expect(handler).not.toHaveBeenCalled();
  });

  it('names the bad field in the rejection', async () => {
    const guarded = guardHandler('printToPdf', async () => true);
    await expect(
      guarded(ourPage(), { suggestedName: 'raci.pdf', landscape: 'yes' }),
    ).rejects.toThrow(/abm:print-to-pdf: malformed request: landscape:/);
  });

  it('accepts an open-files request with and without multiple', async () => {
    const guarded = guardHandler('openFiles', async (request) =>
      request.multiple ? [] : [{ name: 'a.csv', bytes: new Uint8Array() }],
    );
    const filters = [{ name: 'CSV', extensions: ['csv', 'txt'] }];
    await expect(guarded(ourPage(), { title: 'Import', filters })).resolves.toHaveLength(1);
    await expect(guarded(ourPage(), { title: 'Import', filters, multiple: true })).resolves.toEqual(
      [],
    );
    await expect(guarded(ourPage(), { title: '', filters })).rejects.toThrow(/title/);
  });
  it('recognises our main frame by its ids when Electron hands out a fresh frame object', async () => {
    const guarded = guardHandler('printToPdf', async () => true);
    const event = {
      sender: { mainFrame: { url: 'app://abm/', parent: null, processId: 4, routingId: 1 } },
      senderFrame: { url: 'app://abm/', parent: null, processId: 4, routingId: 1 },
    };
    await expect(guarded(event, { suggestedName: 'raci.pdf', landscape: true })).resolves.toBe(
      true,
    );
  });
});

describe('registering the contract', () => {
  it('registers one guarded handler per contract channel', async () => {
    const registered = new Map<
      string,
      (event: IpcSenderInfo, ...args: unknown[]) => Promise<unknown>
    >();
    const handlers: ContractHandlers<IpcSenderInfo> = {
      openFiles: async () => [],
      saveFile: async () => true,
      printToPdf: async () => false,
    };
    registerContractHandlers(
      { handle: (channel, listener) => registered.set(channel, listener) },
      handlers,
    );
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    const print = registered.get('abm:print-to-pdf');
    await expect(print?.(ourPage(), { suggestedName: 'q1.pdf', landscape: true })).resolves.toBe(
      false,
    );
    await expect(
      print?.(eventFrom('https://evil.example'), { suggestedName: 'q1.pdf', landscape: true }),
    ).rejects.toThrow();
  });
});
