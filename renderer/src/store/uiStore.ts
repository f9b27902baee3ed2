/**
 * UI state (never user data): built from typed slices, one per concern, combined into one
 * zustand store. Features with larger UI state add their own slice file and are listed here.
 */
import { create, type StateCreator } from 'zustand';
import { history } from './changes';
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

export type UiState = HistorySlice & ToastSlice & TaskSlice;

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

export const useUiStore = create<UiState>()((...a) => ({
  ...createHistorySlice(...a),
  ...createToastSlice(...a),
  ...createTaskSlice(...a),
}));

history.subscribe((snapshot) => useUiStore.setState(snapshot));
