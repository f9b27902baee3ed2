/**
 * The Platform over Electron's preload object (`window.abm`): native dialogs, atomic saves
 * and print-to-PDF happen in the main process; this side only adapts the shapes.
 */
import type { AbmApi } from '../../../shared/ipc/windowApi';
import type { OpenedFile, Platform, RefusedFileReporter } from './platform';

/** Copies the filters so a caller's readonly arrays or extra fields never reach the IPC check. */
const plainFilters = (filters: { name: string; extensions: string[] }[]) =>
  filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));

export function createElectronPlatform(api: AbmApi, onRefused: RefusedFileReporter): Platform {
  return {
    kind: 'electron',
    async openFiles({ title, filters, multiple }) {
      const chosen = await api.openFiles({
        title,
        filters: plainFilters(filters),
        multiple: multiple ?? false,
      });
      const opened: OpenedFile[] = [];
      for (const file of chosen) {
        if ('refused' in file) onRefused(file.refused);
        else opened.push(file);
      }
      return opened;
    },
    saveFile: ({ suggestedName, bytes, filters }) =>
      api.saveFile({ suggestedName, bytes, filters: plainFilters(filters) }),
    printToPdf: ({ suggestedName, landscape }) => api.printToPdf({ suggestedName, landscape }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
