/**
 * Sections whose numbers come from the quarter's results (the opportunities import and the
 * budget rollup), which this version does not have yet: each keeps its place in the pack
 * with a page that says so, and is replaced by its real model when that arrives.
 */
import type { QbrContext, QbrPage } from './packTypes';
import { sectionTitle } from './sectionTitles';

export function resultsPages(ctx: QbrContext): QbrPage[] {
  return [
    {
      section: 'results',
      title: `${sectionTitle('results')}: ${ctx.review.label}`,
      subtitle: 'Pipeline created, open, won and lost; coverage of the target accounts',
      blocks: [
        {
          kind: 'notice',
          tone: 'placeholder',
          text: `The results of ${ctx.review.label} come from an opportunities import, which this version of ABM Workbench does not have yet. This page keeps the section's place in the pack.`,
        },
      ],
      footnote: '',
    },
  ];
}

export function budgetPages(ctx: QbrContext): QbrPage[] {
  return [
    {
      section: 'budget',
      title: `${sectionTitle('budget')}: ${ctx.quarter.label}`,
      subtitle: 'Budget per team, channel and month against the allocation for the quarter',
      blocks: [
        {
          kind: 'notice',
          tone: 'placeholder',
          text: `The budget rollup for ${ctx.quarter.label} is not in this version of ABM Workbench yet. This page keeps the section's place in the pack.`,
        },
      ],
      footnote: '',
    },
  ];
}
