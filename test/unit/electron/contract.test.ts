// The contract is the single list of what the renderer may ask of main.
import { describe, expect, it } from 'vitest';
import {
  ABM_API_KEYS,
  INVOKE_CHANNELS,
  invokeContract,
  isMenuCommand,
  menuCommandSchema,
} from '../../../shared/ipc/contract';
import { z } from '../../../shared/validation/zod';

describe('the IPC contract', () => {
  it('exposes open, save, print and menu commands on window.abm', () => {
    expect([...ABM_API_KEYS].sort()).toEqual([
      'onMenuCommand',
      'openFiles',
      'printToPdf',
      'saveFile',
    ]);
  });

  it('uses each channel name once, all in the abm: namespace', () => {
    const channels = Object.values(invokeContract).map((entry) => entry.channel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.every((channel) => channel.startsWith('abm:'))).toBe(true);
    expect(channels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('validates without compiling code, so it runs under the renderer CSP (no eval)', () => {
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args);
      },
    });
    try {
      const fresh = z.strictObject({ title: z.string(), count: z.number() });
      expect(fresh.safeParse({ title: 'Import', count: 1 }).success).toBe(true);
      const request = { title: 'Import', filters: [] };
      expect(invokeContract.openFiles.request.safeParse(request).success).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toBe(0);
  });

  it.each(['import', 'undo', 'presenter', 'navigate:accounts', 'navigate:raci'])(
    'knows the menu command %s',
    (command) => {
      expect(isMenuCommand(command)).toBe(true);
      expect(menuCommandSchema.safeParse(command).success).toBe(true);
    },
  );

  it.each(['navigate:', 'navigate:settings', 'Undo', 'quit', 42, null])(
    'refuses the unknown menu command %s',
    (command) => {
      expect(isMenuCommand(command)).toBe(false);
    },
  );
});
