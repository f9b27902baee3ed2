/**
 * Files dropped anywhere on the window while the accounts section is open start an import,
 * and so do files handed over by startAccountImport (first-start screen, File ▸ Import…).
 */
import { useEffect } from 'react';
import { platform, readDroppedFiles, type OpenedFile } from '../../platform';
import { IMPORT_ACCOUNTS_EVENT, takePendingImport } from './startAccountImport';

export async function pickImportFiles(): Promise<OpenedFile[]> {
  return platform.openFiles({
    title: 'Import accounts',
    filters: [{ name: 'CSV exports', extensions: ['csv', 'tsv', 'txt'] }],
    multiple: true,
  });
}

export function useImportTriggers(onFiles: (files: OpenedFile[]) => void): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const list = e.dataTransfer?.files;
      if (!list || list.length === 0) return;
      e.preventDefault();
      void readDroppedFiles([...list]).then((files) => files.length > 0 && onFiles(files));
    };
    const onImport = () => {
      const files = takePendingImport();
      if (files && files.length > 0) onFiles(files);
    };
    onImport();
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener(IMPORT_ACCOUNTS_EVENT, onImport);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener(IMPORT_ACCOUNTS_EVENT, onImport);
    };
  }, [onFiles]);
}
