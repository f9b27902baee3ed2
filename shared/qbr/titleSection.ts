/**
 * The title page: the quarter the meeting plans, the quarter it reviews, the day the pack
 * was made, a few headline numbers, and the agenda (the sections chosen, in their order).
 */
import { toDayNumber } from '../dates/calendarDate';
import { rangeText } from './dateText';
import type { QbrContext, QbrPage } from './packTypes';
import { sectionTitle } from './sectionTitles';

export function titlePages(ctx: QbrContext): QbrPage[] {
  const { quarter, review, source } = ctx;
  const first = toDayNumber(quarter.start);
  const last = toDayNumber(quarter.end);
  let targets = 0;
  for (const a of source.accounts) if (a.status === 'target') targets++;
  const motions = source.motions.filter(
    (m) => m.status !== 'Aborted' && toDayNumber(m.start) <= last && toDayNumber(m.end) >= first,
  );
  const agenda = ctx.sections.filter((s) => s !== 'title').map(sectionTitle);
  return [
    {
      section: 'title',
      title: `Quarterly business review: ${quarter.label}`,
      subtitle: `Plan for ${quarter.label} (${rangeText(quarter)}) · results of ${review.label} (${rangeText(review)})`,
      blocks: [
        {
          kind: 'facts',
          items: [
            { label: 'Target accounts', value: targets.toLocaleString('en-US') },
            { label: `Motions in ${quarter.label}`, value: motions.length.toLocaleString('en-US') },
            { label: 'RACI grids', value: source.raciGrids.length.toLocaleString('en-US') },
          ],
        },
        { kind: 'list', caption: 'Agenda', items: agenda },
      ],
      footnote: `Made on ${ctx.madeOn} with ABM Workbench.`,
    },
  ];
}
