/**
 * The Platform over Electron's preload object (`window.abm`): native dialogs, atomic saves
 * and print-to-PDF happen in the main process; this side only adapts the shapes.
 */
import type { AbmApi } from '../../../shared/ipc/windowApi';
import type { Platform } from './platform';

/** Copies the filters so a caller's readonly arrays or extra fields never reach the IPC check. */
const plainFilters = (filters: { name: string; extensions: string[] }[]) =>
  filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));

export function createElectronPlatform(api: AbmApi): Platform {
  return {
    kind: 'electron',
    openFiles: ({ title, filters, multiple }) =>
      api.openFiles({ title, filters: plainFilters(filters), multiple: multiple ?? false }),
    saveFile: ({ suggestedName, bytes, filters }) =>
      api.saveFile({ suggestedName, bytes, filters: plainFilters(filters) }),
    printToPdf: ({ suggestedName, landscape }) => api.printToPdf({ suggestedName, landscape }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
