/**
 * Builds the QBR pack off the UI thread: reads the workspace from the store, runs each
 * chosen section's model (conflict detection over 100,000 accounts takes a second), and
 * answers with every page's HTML. The window shows progress per section and can cancel.
 */
import { buildPack } from '../../../../shared/qbr/buildPack';
import type { QbrPage, QbrSectionId } from '../../../../shared/qbr/packTypes';
import { packPagesHtml } from '../../../../shared/qbr/renderPackHtml';
import { serve, type CallContext } from '../../platform/workerRpc';
import { readEveryTable } from '../../store/reads';

export interface PackRequest {
  quarter: string;
  sections: QbrSectionId[];
  calendarScale: 'month' | 'quarter';
  madeOn: string;
}

export interface BuiltPackPages {
  title: string;
  pages: { section: QbrSectionId; title: string; html: string }[];
}

const handlers = {
  async build(
    request: PackRequest,
    ctx: CallContext<{ done: number; total: number }, { quarter: string }>,
  ): Promise<BuiltPackPages> {
    const data = await readEveryTable();
    const total = request.sections.length;
    ctx.emit({ done: 0, total });
    const pages: QbrPage[] = [];
    let title = '';
    // Section by section, so a Cancel is seen between them and the progress moves.
    for (const [i, section] of request.sections.entries()) {
      if (ctx.signal.aborted) throw new Error('cancelled');
      const built = buildPack(data, { ...request, sections: [section], agenda: request.sections });
      if (!built.ok) ctx.fail(built.error, { quarter: request.quarter });
      title = built.pack.title;
      pages.push(...built.pack.pages);
      ctx.emit({ done: i + 1, total });
    }
    // Page numbers count the whole pack, so pages are rendered once all of them are known.
    const html = packPagesHtml(pages);
    return {
      title,
      pages: pages.map((p, i) => ({ section: p.section, title: p.title, html: html[i] ?? '' })),
    };
  },
};

export type QbrPackWorker = typeof handlers;

serve(handlers);
