/**
 * UI state (never user data): built from typed slices, one per concern, combined into one
 * zustand store. Features with larger UI state add their own slice file and are listed here.
 */
import { create, type StateCreator } from 'zustand';
import { history } from './changes';
import { onStoreStatus, storeStatus, type StoreStatus } from './storeStatus';
import { addToast, type Toast, type ToastKind } from './toastQueue';

export type { Toast, ToastKind } from './toastQueue';

export interface HistorySlice {
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface ToastSlice {
  toasts: Toast[];
  notify: (kind: ToastKind, message: string) => void;
  dismiss: (id: number) => void;
}

export interface TaskProgress {
  id: string;
  label: string;
  /** 0–1, or null when unknown. */
  progress: number | null;
  cancel?: () => void;
}
export interface TaskSlice {
  tasks: TaskProgress[];
  startTask: (task: TaskProgress) => void;
  updateTask: (id: string, progress: number | null) => void;
  endTask: (id: string) => void;
}

/** Whether this window may write (another tab took over, the store closed…), for the shell. */
export interface StoreStatusSlice {
  storeStatus: StoreStatus;
}

/** A question before a destructive action; the shell shows it as a modal dialog. */
export interface ConfirmRequest {
  title: string;
  message: string;
  /** A small table, e.g. rows per table now and in the file that replaces them. */
  table?: { caption: string; columns: string[]; rows: string[][] };
  confirmLabel: string;
}
export interface ConfirmSlice {
  confirmation: ConfirmRequest | null;
  /** Resolves true when the user confirms, false on Cancel, Escape, or a newer question. */
  askToConfirm: (request: ConfirmRequest) => Promise<boolean>;
  answerConfirmation: (confirmed: boolean) => void;
}

export type UiState = HistorySlice & ToastSlice & TaskSlice & StoreStatusSlice & ConfirmSlice;

const createHistorySlice: StateCreator<UiState, [], [], HistorySlice> = () => history.snapshot();

let nextToast = 1;
const createToastSlice: StateCreator<UiState, [], [], ToastSlice> = (set) => ({
  toasts: [],
  notify: (kind, message) => {
    const id = nextToast++;
    set((s) => ({ toasts: addToast(s.toasts, kind, message, id) }));
    if (kind !== 'error')
      setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 6000);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});

const createTaskSlice: StateCreator<UiState, [], [], TaskSlice> = (set) => ({
  tasks: [],
  startTask: (task) => set((s) => ({ tasks: [...s.tasks.filter((t) => t.id !== task.id), task] })),
  updateTask: (id, progress) =>
    set((s) => ({ tasks: s.tasks.map((t) => (t.id === id ? { ...t, progress } : t)) })),
  endTask: (id) => set((s) => ({ tasks: s.tasks.filter((t) => t.id !== id) })),
});

// The pending question's answer; kept out of the state, which holds only what is shown.
let answerPending: ((confirmed: boolean) => void) | null = null;
const createConfirmSlice: StateCreator<UiState, [], [], ConfirmSlice> = (set) => ({
  confirmation: null,
  askToConfirm: (request) => {
    answerPending?.(false);
    set({ confirmation: request });
    return new Promise<boolean>((resolve) => {
      answerPending = resolve;
    });
  },
  answerConfirmation: (confirmed) => {
    const answer = answerPending;
    answerPending = null;
    set({ confirmation: null });
    answer?.(confirmed);
  },
});

export const useUiStore = create<UiState>()((...a) => ({
  ...createHistorySlice(...a),
  ...createToastSlice(...a),
  ...createTaskSlice(...a),
  ...createConfirmSlice(...a),
  storeStatus: storeStatus(),
}));

history.subscribe((snapshot) => useUiStore.setState(snapshot));
onStoreStatus((status) => useUiStore.setState({ storeStatus: status }));

/** Asks the user (see ConfirmSlice); usable outside components, e.g. from menu commands. */
export function askToConfirm(request: ConfirmRequest): Promise<boolean> {
  return useUiStore.getState().askToConfirm(request);
}
