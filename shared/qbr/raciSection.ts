/**
 * The workspace's RACI grids, one slide per grid (a long grid continues on the next), with
 * the letters of each cell and the grid's source article by its title.
 */
import type { RaciGrid } from '../domain/types';
import { cellLetters, formatLetters } from '../raci/letters';
import { sourceTitle } from '../raci/sourceTitle';
import type { QbrContext, QbrPage } from './packTypes';
import { partText, sliceRows } from './pageRows';
import { sectionTitle } from './sectionTitles';

const ACTIVITIES_PER_PAGE = 12;

export function raciPages(ctx: QbrContext): QbrPage[] {
  if (ctx.source.raciGrids.length === 0) {
    return [
      {
        section: 'raci',
        title: sectionTitle('raci'),
        subtitle: 'Who is Responsible, Accountable, Consulted and Informed',
        blocks: [
          {
            kind: 'notice',
            tone: 'info',
            text: 'The workspace has no RACI grid. Start one from a template in the RACI section.',
          },
        ],
        footnote: '',
      },
    ];
  }
  return ctx.source.raciGrids.flatMap(gridPages);
}

function gridPages(grid: RaciGrid): QbrPage[] {
  const rows = grid.activities.map((a) => ({
    phase: a.phase,
    activity: a.name,
    cells: grid.roles.map((r) => formatLetters(cellLetters(grid, a.id, r.id))),
  }));
  return sliceRows(rows, ACTIVITIES_PER_PAGE, 10).map((slice) => ({
    section: 'raci' as const,
    title: `${sectionTitle('raci')}: ${grid.name}${partText(slice.part, slice.parts)}`,
    subtitle: 'R Responsible · A Accountable · C Consulted · I Informed',
    blocks: [{ kind: 'raci' as const, roles: grid.roles.map((r) => r.name), rows: slice.rows }],
    footnote: grid.source ? `Source: ${sourceTitle(grid.source)}` : '',
  }));
}
