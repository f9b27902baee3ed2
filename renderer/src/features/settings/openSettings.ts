/** Opens the settings dialog from anywhere (the nav button, Ctrl+, shortcut). */
export const SETTINGS_EVENT = 'abm:settings';

export function openSettings(): void {
  window.dispatchEvent(new CustomEvent(SETTINGS_EVENT));
}
