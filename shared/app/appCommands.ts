/**
 * The app's sections and commands as plain data: ids, labels and shortcuts. The renderer's
 * navigation, keyboard handling and shortcuts dialog and the native menu (electron/) all read
 * this one list, so a label or a shortcut is changed in one place. What a command does lives in
 * the renderer (app/commands.ts); where it sits in the native menu, in electron/.
 */

export const APP_SECTIONS = [
  { id: 'accounts', label: 'Accounts' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'conflicts', label: 'Conflicts' },
  { id: 'raci', label: 'RACI' },
  { id: 'export', label: 'Export' },
  // The sections added later come after, so the first five keep their Mod+1… shortcuts.
  { id: 'plan', label: 'Plan' },
  { id: 'agreement', label: 'Agreement' },
  { id: 'review', label: 'Review' },
  { id: 'qbr', label: 'QBR pack' },
  { id: 'contacts', label: 'Contacts' },
] as const satisfies readonly { id: string; label: string }[];

export type AppSection = (typeof APP_SECTIONS)[number]['id'];
export const APP_SECTION_IDS: readonly AppSection[] = APP_SECTIONS.map((s) => s.id);

export function isAppSection(value: string): value is AppSection {
  return (APP_SECTION_IDS as readonly string[]).includes(value);
}

export interface AppCommandInfo<Id extends string = AppCommandId> {
  id: Id;
  label: string;
  /**
   * In the order shown; the first is the one a menu displays. 'Mod' is Ctrl, or ⌘ on macOS;
   * keys as KeyboardEvent.key names them, modifiers in the order Mod, Alt, Shift.
   */
  shortcuts: readonly string[];
}

/** Commands other than going to a section, in the order the shortcuts dialog lists them. */
const OTHER_COMMANDS = [
  { id: 'undo', label: 'Undo', shortcuts: ['Mod+Z'] },
  { id: 'redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'import', label: 'Import accounts…', shortcuts: ['Mod+I'] },
  { id: 'export', label: 'Export…', shortcuts: ['Mod+E'] },
  { id: 'backup', label: 'Back up workspace…', shortcuts: ['Mod+Shift+S'] },
  { id: 'restore', label: 'Restore workspace…', shortcuts: ['Mod+Shift+O'] },
  { id: 'share', label: 'Share workspace…', shortcuts: [] },
  { id: 'merge', label: 'Merge a colleague’s workspace…', shortcuts: ['Mod+Shift+M'] },
  { id: 'presenter', label: 'Presenter mode', shortcuts: ['F5', 'Mod+Shift+P'] },
  { id: 'settings', label: 'Settings…', shortcuts: ['Mod+,'] },
  { id: 'shortcuts', label: 'Keyboard shortcuts', shortcuts: ['F1', 'Shift+?'] },
] as const satisfies readonly AppCommandInfo<string>[];

export type NavigateCommandId = `navigate:${AppSection}`;
export type AppCommandId = NavigateCommandId | (typeof OTHER_COMMANDS)[number]['id'];

/** Every command: Mod+1…9 and Mod+0 go to the sections in their order, then the others. */
export const APP_COMMANDS: readonly AppCommandInfo[] = [
  ...APP_SECTIONS.map((section, i): AppCommandInfo => ({
    id: `navigate:${section.id}`,
    label: `Go to ${section.label}`,
    shortcuts: [`Mod+${(i + 1) % 10}`],
  })),
  ...OTHER_COMMANDS,
];

export function isAppCommandId(value: unknown): value is AppCommandId {
  return typeof value === 'string' && APP_COMMANDS.some((c) => c.id === value);
}

export function appCommand(id: AppCommandId): AppCommandInfo {
  const found = APP_COMMANDS.find((c) => c.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
}

export function isNavigateCommand(id: AppCommandId): id is NavigateCommandId {
  return sectionOfCommand(id) !== null;
}

/** The section a navigate command goes to, or null for any other command. */
export function sectionOfCommand(id: AppCommandId): AppSection | null {
  const section = id.startsWith('navigate:') ? id.slice('navigate:'.length) : '';
  return isAppSection(section) ? section : null;
}
