/**
 * The options Electron's webContents.printToPDF gets for each kind of page the renderer
 * prints: A4 (RACI grids; landscape as asked) or 16:9 slides (the QBR pack), whose size the
 * page's own CSS gives (@page qbr-slide, 1280×720 px) with no margins, so the PDF has
 * exactly the slides. Plain data, so it is tested in Node without Electron.
 */
import type { PrintToPDFOptions } from 'electron';
import type { IpcRequest } from '../../shared/ipc/contract';

export type PdfRequest = Pick<IpcRequest<'printToPdf'>, 'landscape' | 'pageSize'>;

export function printToPdfOptions(request: PdfRequest): PrintToPDFOptions {
  if (request.pageSize === 'slide') {
    return {
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    };
  }
  return { landscape: request.landscape, printBackground: true };
}
