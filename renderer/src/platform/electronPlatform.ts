/**
 * The Platform over Electron's preload object (`window.abm`): native dialogs, atomic saves
 * and print-to-PDF happen in the main process; this side only adapts the shapes.
 */
import type { AbmApi } from '../../../shared/ipc/windowApi';
import type { Platform } from './platform';

/** Copies the filters so a caller's readonly arrays or extra fields never reach the IPC check. */
const plainFilters = (filters: { name: string; extensions: string[] }[]) =>
  filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));

/**
 * The main process's own words: Electron wraps a handler's error as
 * "Error invoking remote method 'abm:…': Error: <message>".
 */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

export interface ElectronPlatformOptions {
  /**
   * Told when the main process refuses the chosen files (one is too large): the user sees the
   * message and the caller gets no files, as if the dialog had been cancelled.
   */
  onOpenRefused?: (message: string) => void;
}

export function createElectronPlatform(
  api: AbmApi,
  options: ElectronPlatformOptions = {},
): Platform {
  return {
    kind: 'electron',
    openFiles: async ({ title, filters, multiple }) => {
      try {
        return await api.openFiles({
          title,
          filters: plainFilters(filters),
          multiple: multiple ?? false,
        });
      } catch (error) {
        const message = remoteErrorMessage(error);
        if (!options.onOpenRefused) throw new Error(message);
        options.onOpenRefused(message);
        return [];
      }
    },
    saveFile: ({ suggestedName, bytes, filters }) =>
      api.saveFile({ suggestedName, bytes, filters: plainFilters(filters) }),
    printToPdf: ({ suggestedName, landscape, pageSize }) =>
      api.printToPdf(
        pageSize ? { suggestedName, landscape, pageSize } : { suggestedName, landscape },
      ),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
