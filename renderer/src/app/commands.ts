/**
 * What each command of shared/app/appCommands.ts performs, and the keyboard handling that
 * runs them. The ids, labels and shortcuts come from that list (which the native menu reads
 * too); this module adds only the behaviour (the "actions as data" pattern).
 */
import {
  APP_COMMANDS,
  isNavigateCommand,
  sectionOfCommand,
  type AppCommandId,
  type AppCommandInfo,
  type NavigateCommandId,
} from '../../../shared/app/appCommands';
import { navigate } from './router';
import { redo, undo } from '../store/changes';
import { useUiStore } from '../store/uiStore';
import { runBackup, runMerge, runRestore, runImport, runShare } from './workspaceCommands';
import { openPresenter } from '../features/raci/openPresenter';
import { openSettings } from '../features/settings/openSettings';

interface CommandAction {
  perform: () => unknown;
  /** Runs even while the focus is in a text field. */
  inTextFields?: boolean;
}

export type Command = AppCommandInfo & CommandAction;

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

/** Every command but the section ones; a command added to the list must be given one here. */
const ACTIONS: Record<Exclude<AppCommandId, NavigateCommandId>, CommandAction> = {
  undo: { perform: doUndo },
  redo: { perform: doRedo },
  import: { perform: runImport, inTextFields: true },
  export: { perform: () => navigate('export'), inTextFields: true },
  backup: { perform: runBackup, inTextFields: true },
  restore: { perform: runRestore, inTextFields: true },
  share: { perform: runShare, inTextFields: true },
  merge: { perform: runMerge, inTextFields: true },
  presenter: { perform: openPresenter, inTextFields: true },
  settings: { perform: openSettings, inTextFields: true },
  shortcuts: { perform: showShortcuts },
};

function actionOf(id: AppCommandId): CommandAction {
  if (!isNavigateCommand(id)) return ACTIONS[id];
  const section = sectionOfCommand(id);
  return { perform: () => section && navigate(section), inTextFields: true };
}

export const COMMANDS: readonly Command[] = APP_COMMANDS.map((info) => ({
  ...info,
  ...actionOf(info.id),
}));

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

/** The shortcut as the aria-keyshortcuts attribute spells it ('Control+1'). */
export function ariaShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? 'Meta' : 'Control');
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
