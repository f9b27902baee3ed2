/**
 * The audience rule in one sentence with its live count, for the motion editor: "Tier 1
 * accounts in fintech, plus 3 included, minus 1 excluded: 11 accounts". The numbers add up:
 * selected + included − excluded = the audience, the same accounts detection and exports use.
 */
import type { Audience, Tier } from '../domain/types';
import { countOf } from '../text/countOf';
import { matchesBoth, resolveAudience, selectedPositions, type AudienceIndex } from './audience';

export interface AudienceBreakdown {
  /** Target accounts the tiers and segments select. */
  selected: number;
  /** Include-list accounts the tiers and segments did not select. */
  included: number;
  /** Accounts the exclude list takes out of the selected and included ones. */
  excluded: number;
  /** The audience: selected + included − excluded. */
  total: number;
}

function holds(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function positions(index: AudienceIndex, ids: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const p = index.positionOf.get(id);
    if (p !== undefined) out.add(p);
  }
  return out;
}

export function audienceBreakdown(index: AudienceIndex, audience: Audience): AudienceBreakdown {
  const chosen = selectedPositions(index, audience);
  const includes = positions(index, audience.include);
  let included = 0;
  for (const p of includes) if (!holds(chosen, p)) included++;
  let excluded = 0;
  for (const p of positions(index, audience.exclude))
    if (includes.has(p) || holds(chosen, p)) excluded++;
  return {
    selected: chosen.length,
    included,
    excluded,
    total: resolveAudience(index, audience).length,
  };
}

/** "Tier 1", "Tier 1 or 2", "Tier 1, 2 or 3". */
function tierWords(tiers: readonly Tier[]): string {
  const sorted = [...new Set(tiers)].sort();
  return `Tier ${orList(sorted.map(String))}`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Who the tiers and segments pick, in words ('' when they pick nobody). */
export function selectionWords(audience: Audience): string {
  const hasTiers = audience.tiers.length > 0;
  const segments = [...new Set(audience.segments.map((s) => s.trim()).filter((s) => s !== ''))];
  const inSegments = `in ${orList(segments)}`;
  if (hasTiers && segments.length > 0) {
    return matchesBoth(audience)
      ? `${tierWords(audience.tiers)} accounts ${inSegments}`
      : `Accounts that are ${tierWords(audience.tiers)} or ${inSegments}`;
  }
  if (hasTiers) return `${tierWords(audience.tiers)} accounts`;
  if (segments.length > 0) return `Accounts ${inSegments}`;
  return '';
}

export function audienceSentence(audience: Audience, counts: AudienceBreakdown): string {
  const who = selectionWords(audience);
  const parts: string[] = [];
  if (who) parts.push(who);
  if (counts.included > 0 || (!who && audience.include.length > 0)) {
    parts.push(who ? `plus ${counts.included} included` : `${counts.included} included accounts`);
  }
  if (counts.excluded > 0) parts.push(`minus ${counts.excluded} excluded`);
  const rule = parts.length > 0 ? parts.join(', ') : 'No tiers, segments or included accounts';
  return `${rule}: ${countOf(counts.total, 'account')}`;
}
