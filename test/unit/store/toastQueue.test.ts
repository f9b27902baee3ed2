import { describe, expect, it } from 'vitest';
import {
  MAX_TOASTS,
  addToast,
  type Toast,
  type ToastKind,
} from '../../../renderer/src/store/toastQueue';

function feed(messages: [ToastKind, string][]): Toast[] {
  let toasts: Toast[] = [];
  messages.forEach(([kind, message], i) => (toasts = addToast(toasts, kind, message, i + 1)));
  return toasts;
}

describe('messages that do not pile up over the grid', () => {
  it('ten saves in a row leave three messages, the newest ones', () => {
    const toasts = feed(Array.from({ length: 10 }, (_, i) => ['ok', `Saved ${i + 1}`]));
    expect(toasts).toHaveLength(MAX_TOASTS);
    expect(toasts.map((t) => t.lines[0]?.message)).toEqual(['Saved 8', 'Saved 9', 'Saved 10']);
  });

  it('errors collapse into one toast, one line per message, repeats counted', () => {
    const toasts = feed([
      ['error', 'accounts.csv, row 3, column "Website": not a URL'],
      ['error', 'Could not save: disk full'],
      ['error', 'accounts.csv, row 3, column "Website": not a URL'],
      ['error', 'accounts.csv, row 3, column "Website": not a URL'],
    ]);
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({ id: 1, kind: 'error' });
    // The repeated one moves to the end (newest) with its count.
    expect(toasts[0]?.lines).toEqual([
      { message: 'Could not save: disk full', count: 1 },
      { message: 'accounts.csv, row 3, column "Website": not a URL', count: 3 },
    ]);
  });

  it('an error stays while newer info messages come and go', () => {
    const toasts = feed([
      ['error', 'Import refused'],
      ['info', 'One'],
      ['ok', 'Two'],
      ['info', 'Three'],
      ['ok', 'Four'],
    ]);
    expect(toasts).toHaveLength(MAX_TOASTS);
    expect(toasts.map((t) => t.lines[0]?.message)).toEqual(['Import refused', 'Three', 'Four']);
  });

  it('a new error keeps the newest two other messages', () => {
    const toasts = feed([
      ['ok', 'One'],
      ['ok', 'Two'],
      ['ok', 'Three'],
      ['error', 'Failed'],
    ]);
    expect(toasts.map((t) => `${t.kind}:${t.lines[0]?.message}`)).toEqual([
      'ok:Two',
      'ok:Three',
      'error:Failed',
    ]);
  });
});
