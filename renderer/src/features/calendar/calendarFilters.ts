/** The calendar's filters (team, channel, tier, segment, status, text), shared by both views. */
import type { Channel, Motion, MotionStatus, Team, Tier } from '../../../../shared/domain/types';
import { segmentKey } from '../../../../shared/motions/audience';

export interface CalendarFilter {
  team: Team | '';
  channel: Channel | '';
  tier: Tier | 0;
  segment: string;
  status: MotionStatus | '';
  text: string;
}

export const NO_FILTER: CalendarFilter = {
  team: '',
  channel: '',
  tier: 0,
  segment: '',
  status: '',
  text: '',
};

export function isFiltering(f: CalendarFilter): boolean {
  return !!(f.team || f.channel || f.tier || f.segment || f.status || f.text.trim());
}

export function matchesFilter(m: Motion, f: CalendarFilter): boolean {
  if (f.team && m.team !== f.team) return false;
  if (f.channel && m.channel !== f.channel) return false;
  if (f.status && m.status !== f.status) return false;
  if (f.tier && !m.audience.tiers.includes(f.tier)) return false;
  if (f.segment) {
    const key = segmentKey(f.segment);
    if (!m.audience.segments.some((s) => segmentKey(s) === key)) return false;
  }
  const text = f.text.trim().toLowerCase();
  if (text) {
    const hay = `${m.name} ${m.theme} ${m.owner} ${m.parentProgram} ${m.kind}`.toLowerCase();
    if (!hay.includes(text)) return false;
  }
  return true;
}
