/**
 * The values an account has in each dimension of the review: its tier, each of its segment
 * tags, its industry, employee band, region and owner, with the label a table shows. An
 * account with several tags is in several segment rows, so that table's rows can add up to
 * more than the total.
 */
import { segmentKey } from '../motions/audience';
import type { ReviewAccount, ReviewDimension } from './reviewTypes';

export interface DimensionValue {
  key: string;
  label: string;
}

/** Employee bands, smallest first: [lowest, highest or null for "and more"]. */
export const EMPLOYEE_BANDS: readonly (readonly [number, number | null])[] = [
  [1, 49],
  [50, 199],
  [200, 999],
  [1000, 4999],
  [5000, null],
];

const BAND_VALUES: readonly DimensionValue[] = EMPLOYEE_BANDS.map(([low, high]) => ({
  key: `${low}-${high ?? ''}`,
  label:
    high === null
      ? `${low.toLocaleString('en-US')}+`
      : `${low.toLocaleString('en-US')}–${high.toLocaleString('en-US')}`,
}));
const UNKNOWN_BAND: DimensionValue = { key: '', label: 'Employees unknown' };

export function employeeBand(employees: number | null): DimensionValue {
  if (employees === null || !Number.isFinite(employees) || employees < 1) return UNKNOWN_BAND;
  const i = EMPLOYEE_BANDS.findIndex(([, high]) => high === null || employees <= high);
  return BAND_VALUES[i] ?? UNKNOWN_BAND;
}

function text(value: string, none: string): DimensionValue {
  const v = value.trim();
  return v === '' ? { key: '', label: none } : { key: v.toLowerCase(), label: v };
}

/** The account's values in `dimension` (one, or one per segment tag). */
export function valuesOf(account: ReviewAccount, dimension: ReviewDimension): DimensionValue[] {
  switch (dimension) {
    case 'tier':
      return [
        account.tier === null
          ? { key: '', label: 'No tier' }
          : { key: String(account.tier), label: `Tier ${account.tier}` },
      ];
    case 'segment': {
      const out: DimensionValue[] = [];
      const seen = new Set<string>();
      for (const tag of account.tags) {
        const key = segmentKey(tag);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        out.push({ key, label: tag.trim() });
      }
      return out.length > 0 ? out : [{ key: '', label: 'No segment' }];
    }
    case 'industry':
      return [text(account.industry, 'No industry')];
    case 'employeeBand':
      return [employeeBand(account.employees)];
    case 'region':
      return [text(account.region, 'No region')];
    case 'owner':
      return [text(account.owner, 'No owner')];
  }
}

export const DIMENSION_LABELS: Record<ReviewDimension, string> = {
  tier: 'Tier',
  segment: 'Segment',
  industry: 'Industry',
  employeeBand: 'Employees',
  region: 'Region',
  owner: 'Owner',
};
