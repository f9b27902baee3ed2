/**
 * What the renderer needs from the platform. Two implementations: Electron (through the
 * preload object) and the plain browser (file input, download link). Chosen once at start-up.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** Tells the user a chosen file was not opened (the message names it and says why). */
export type RefusedFileReporter = (message: string) => void;

export type { MenuCommand } from '../../../shared/ipc/channels';
import type { MenuCommand } from '../../../shared/ipc/channels';

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /**
   * Ask the user for one or more files; [] when cancelled. A file larger than the workbench
   * opens is left out unread, and the platform's onRefused says so, naming the file.
   */
  openFiles(options: {
    title: string;
    filters: FileFilter[];
    multiple?: boolean;
  }): Promise<OpenedFile[]>;
  /** Save bytes under a name the user picks; returns false when cancelled. */
  saveFile(options: {
    suggestedName: string;
    bytes: Uint8Array;
    filters: FileFilter[];
  }): Promise<boolean>;
  /** Save the current view as a PDF; returns false when cancelled or unsupported. */
  printToPdf(options: {
    suggestedName: string;
    landscape: boolean;
    /** 'slide': 16:9 pages sized by the page's CSS (the QBR pack); default A4. */
    pageSize?: 'a4' | 'slide';
  }): Promise<boolean>;
  /** Native menu commands (Electron); the browser never sends any. Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
