/**
 * Everything the user can do from the keyboard, the native menu or the command list, in one
 * place: an id, a label, a shortcut and what it performs (the "actions as data" pattern).
 */
import { navigate, SECTIONS, SECTION_LABELS, type SectionId } from './router';
import { redo, undo } from '../store/changes';
import { useUiStore } from '../store/uiStore';
import { runBackup, runRestore, runImport } from './workspaceCommands';
import { openPresenter } from '../features/raci/openPresenter';
import { openSettings } from '../features/settings/openSettings';

export interface Command {
  id: string;
  label: string;
  /** e.g. 'Mod+1', 'Mod+Shift+Z'; Mod is Ctrl, or ⌘ on macOS. */
  shortcuts: string[];
  perform: () => unknown;
  /** Runs even while the focus is in a text field. */
  inTextFields?: boolean;
}

/** A refused or failed undo/redo says why (rows changed since, disk full) and changes nothing. */
async function reportingRefusal(
  work: () => Promise<string | null>,
  done: string,
  none: string,
): Promise<void> {
  const { notify } = useUiStore.getState();
  try {
    const label = await work();
    notify('info', label ? `${done}: ${label}` : none);
  } catch (e) {
    notify('error', e instanceof Error ? e.message : String(e));
  }
}

function doUndo(): Promise<void> {
  return reportingRefusal(undo, 'Undid', 'Nothing to undo');
}

function doRedo(): Promise<void> {
  return reportingRefusal(redo, 'Redid', 'Nothing to redo');
}

export function showShortcuts(): void {
  window.dispatchEvent(new CustomEvent('abm:shortcuts'));
}

export const COMMANDS: readonly Command[] = [
  ...SECTIONS.map((s: SectionId, i): Command => ({
    id: `navigate:${s}`,
    label: `Go to ${SECTION_LABELS[s]}`,
    shortcuts: [`Mod+${i + 1}`],
    perform: () => navigate(s),
    inTextFields: true,
  })),
  { id: 'undo', label: 'Undo', shortcuts: ['Mod+Z'], perform: doUndo },
  { id: 'redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], perform: doRedo },
  {
    id: 'import',
    label: 'Import accounts…',
    shortcuts: ['Mod+I'],
    perform: runImport,
    inTextFields: true,
  },
  {
    id: 'export',
    label: 'Export…',
    shortcuts: ['Mod+E'],
    perform: () => navigate('export'),
    inTextFields: true,
  },
  {
    id: 'backup',
    label: 'Back up workspace…',
    shortcuts: ['Mod+Shift+S'],
    perform: runBackup,
    inTextFields: true,
  },
  {
    id: 'restore',
    label: 'Restore workspace…',
    shortcuts: ['Mod+Shift+O'],
    perform: runRestore,
    inTextFields: true,
  },
  {
    id: 'presenter',
    label: 'Presenter mode',
    shortcuts: ['F5', 'Mod+Shift+P'],
    perform: openPresenter,
    inTextFields: true,
  },
  {
    id: 'settings',
    label: 'Settings…',
    shortcuts: ['Mod+,'],
    perform: openSettings,
    inTextFields: true,
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    shortcuts: ['Shift+?', 'F1'],
    perform: showShortcuts,
  },
];

export function commandById(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** 'Mod+Shift+Z' for this key event, in the form the commands use. */
export function shortcutOf(e: KeyboardEvent): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  parts.push(key === '?' ? '?' : key);
  return parts.join('+');
}

export function displayShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
  );
}

/** Global shortcut handling; a text field keeps its own keys (e.g. Ctrl+Z edits its text). */
export function handleShortcut(e: KeyboardEvent): boolean {
  const combo = shortcutOf(e);
  const command = COMMANDS.find((c) => c.shortcuts.includes(combo));
  if (!command) return false;
  if (isTextField(e.target) && !command.inTextFields) return false;
  e.preventDefault();
  void command.perform();
  return true;
}
