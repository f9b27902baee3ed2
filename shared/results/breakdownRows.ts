/**
 * The review's breakdown tables (tier, segment, industry, employees, region, owner), filled
 * account by account: an account's rows are found from its raw field values, each distinct
 * value read once (valuesOf), so 50,000 opportunities over as many accounts add to their
 * rows without building a value object per account and dimension. Segments are read by the
 * id of the account's tag list (tagLists.ts), not by its text.
 */
import { valuesOf } from './dimensions';
import { addBits, emptyMetrics } from './pipeline';
import {
  REVIEW_DIMENSIONS,
  type BreakdownRow,
  type ReviewAccount,
  type ReviewDimension,
} from './reviewTypes';

/** What valuesOf reads of an account in each dimension, as a Map key. */
function rawOf(a: ReviewAccount, d: ReviewDimension, tagList: number): string | number | null {
  switch (d) {
    case 'tier':
      return a.tier;
    case 'segment':
      return tagList;
    case 'industry':
      return a.industry;
    case 'employeeBand':
      return a.employees;
    case 'region':
      return a.region;
    case 'owner':
      return a.owner;
  }
}

export class BreakdownRows {
  private readonly tables = REVIEW_DIMENSIONS.map(() => new Map<string, BreakdownRow>());
  private readonly byRaw = REVIEW_DIMENSIONS.map(
    () => new Map<string | number | null, BreakdownRow[]>(),
  );

  /**
   * Adds an opportunity's measures (pipeline.ts bits) and amount to every row of account `a`
   * (whose tag list has id `tagList`) on its side.
   */
  add(
    a: ReviewAccount,
    tagList: number,
    side: 'target' | 'nonTarget',
    measures: number,
    amount: number,
  ): void {
    for (let k = 0; k < REVIEW_DIMENSIONS.length; k++) {
      const d = REVIEW_DIMENSIONS[k] as ReviewDimension;
      const cache = this.byRaw[k] as Map<string | number | null, BreakdownRow[]>;
      const raw = rawOf(a, d, tagList);
      let rows = cache.get(raw);
      if (!rows) {
        const table = this.tables[k] as Map<string, BreakdownRow>;
        rows = valuesOf(a, d).map((v) => {
          let r = table.get(v.key);
          if (!r)
            table.set(v.key, (r = { ...v, target: emptyMetrics(), nonTarget: emptyMetrics() }));
          return r;
        });
        cache.set(raw, rows);
      }
      for (let j = 0; j < rows.length; j++)
        addBits((rows[j] as BreakdownRow)[side], measures, amount);
    }
  }

  /** The tables: tiers in tier order, the others by pipeline created, largest first; "none" last. */
  sorted(): Record<ReviewDimension, BreakdownRow[]> {
    return Object.fromEntries(
      REVIEW_DIMENSIONS.map((d, k) => [
        d,
        sortRows(d, [...(this.tables[k] as Map<string, BreakdownRow>).values()]),
      ]),
    ) as Record<ReviewDimension, BreakdownRow[]>;
  }
}

function sortRows(dimension: ReviewDimension, rows: BreakdownRow[]): BreakdownRow[] {
  const createdOf = (r: BreakdownRow) => r.target.created.amount + r.nonTarget.created.amount;
  return rows.sort((a, b) => {
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    if (dimension === 'tier' || dimension === 'employeeBand')
      return parseInt(a.key) - parseInt(b.key);
    return createdOf(b) - createdOf(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  });
}
