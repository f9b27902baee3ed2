/**
 * Which messages are on screen: at most three toasts, so they never bury the grid on a shared
 * screen. Errors stay until dismissed, but all of them collapse into one toast (one line per
 * distinct message, repeats counted) instead of stacking one box per failure; info and
 * success messages fade and give way first. Pure, so the rules are unit-tested.
 */

export type ToastKind = 'info' | 'ok' | 'error';

export interface ToastLine {
  message: string;
  /** How many times this message came (shown as "×3"). */
  count: number;
}

export interface Toast {
  id: number;
  kind: ToastKind;
  /** Newest last. Only the error toast holds more than one. */
  lines: ToastLine[];
}

export const MAX_TOASTS = 3;

/** The toasts after `message` arrives; `id` names the toast if a new one is made. */
export function addToast(
  toasts: readonly Toast[],
  kind: ToastKind,
  message: string,
  id: number,
): Toast[] {
  if (kind === 'error') {
    const current = toasts.find((t) => t.kind === 'error');
    const others = toasts.filter((t) => t.kind !== 'error');
    const lines = current ? current.lines.filter((l) => l.message !== message) : [];
    const repeat = current?.lines.find((l) => l.message === message);
    const error: Toast = {
      id: current?.id ?? id,
      kind,
      lines: [...lines, { message, count: (repeat?.count ?? 0) + 1 }],
    };
    return [...others.slice(-(MAX_TOASTS - 1)), error];
  }
  const next = [...toasts, { id, kind, lines: [{ message, count: 1 }] }];
  // Over the limit, the oldest fading message goes; the error toast always stays.
  while (next.length > MAX_TOASTS) {
    const oldest = next.findIndex((t) => t.kind !== 'error');
    next.splice(oldest, 1);
  }
  return next;
}
