/**
 * A new motion's defaults, and which channel and team suit each kind, so the editor can
 * prefill sensible values and imports can fill what a CRM export leaves out.
 */
import type { Channel, IsoDate, IsoDateTime, Motion, MotionKind, Team } from '../domain/types';
import { addDays } from '../dates/calendarDate';

export const KIND_DEFAULTS: Record<MotionKind, { channel: Channel; team: Team; touches: number }> =
  {
    'email nurture': { channel: 'email', team: 'Marketing', touches: 1 },
    ads: { channel: 'ads', team: 'Marketing', touches: 0 },
    event: { channel: 'event', team: 'Marketing', touches: 1 },
    webinar: { channel: 'email', team: 'Marketing', touches: 1 },
    'direct mail': { channel: 'direct mail', team: 'Marketing', touches: 1 },
    content: { channel: 'content', team: 'Marketing', touches: 0 },
    'sales sequence': { channel: 'email', team: 'Sales', touches: 2 },
    'call blitz': { channel: 'phone', team: 'Sales', touches: 2 },
    'linkedin outreach': { channel: 'linkedin', team: 'Sales', touches: 1 },
    other: { channel: 'email', team: 'Marketing', touches: 1 },
  };

/** Distinct bar colours, picked round-robin for new motions. */
export const MOTION_COLORS = [
  '#3b82f6',
  '#10b981',
  '#f59e0b',
  '#ef4444',
  '#8b5cf6',
  '#06b6d4',
  '#ec4899',
  '#84cc16',
  '#f97316',
  '#6366f1',
];

export function newMotion(
  id: string,
  start: IsoDate,
  now: IsoDateTime,
  patch: Partial<Motion> = {},
): Motion {
  const kind = patch.kind ?? 'email nurture';
  const defaults = KIND_DEFAULTS[kind];
  return {
    id,
    name: 'New motion',
    kind,
    team: defaults.team,
    channel: defaults.channel,
    start,
    end: addDays(start, 27),
    touchesPerWeek: defaults.touches,
    theme: '',
    budget: null,
    status: 'Planned',
    owner: '',
    parentProgram: '',
    color: MOTION_COLORS[0] as string,
    audience: { tiers: [], segments: [], match: 'all', include: [], exclude: [] },
    salesforceId: '',
    createdAt: now,
    updatedAt: now,
    ...patch,
  };
}

/** A copy under a new id, named '… (copy)', with no Salesforce id (it is a new campaign). */
export function duplicateMotion(motion: Motion, id: string, now: IsoDateTime): Motion {
  return {
    ...motion,
    id,
    name: `${motion.name} (copy)`,
    salesforceId: '',
    status: 'Planned',
    audience: {
      tiers: [...motion.audience.tiers],
      segments: [...motion.audience.segments],
      match: motion.audience.match,
      include: [...motion.audience.include],
      exclude: [...motion.audience.exclude],
    },
    createdAt: now,
    updatedAt: now,
  };
}
