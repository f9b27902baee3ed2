// What main asks Electron's printToPDF for: A4 in the orientation asked (RACI), or the QBR
// pack's 16:9 slides at the size its CSS gives, with no margins and backgrounds kept.
import { describe, expect, it } from 'vitest';
import { printToPdfOptions } from '../../../electron/modules/pdfOptions';
import { printToPdfRequest } from '../../../shared/ipc/contract';

describe('printToPDF options', () => {
  it('A4 keeps the orientation asked, as before', () => {
    expect(printToPdfOptions({ landscape: false })).toEqual({
      landscape: false,
      printBackground: true,
    });
    expect(printToPdfOptions({ landscape: true, pageSize: 'a4' })).toMatchObject({
      landscape: true,
    });
  });

  it('slides take their size from the page CSS, with no margins', () => {
    expect(printToPdfOptions({ landscape: true, pageSize: 'slide' })).toEqual({
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  });

  it('the contract refuses a page size it does not know', () => {
    const ok = printToPdfRequest.safeParse({
      suggestedName: 'p.pdf',
      landscape: true,
      pageSize: 'slide',
    });
    const bad = printToPdfRequest.safeParse({
      suggestedName: 'p.pdf',
      landscape: true,
      pageSize: 'A3',
    });
    expect(ok.success).toBe(true);
    expect(bad.success).toBe(false);
  });
});
