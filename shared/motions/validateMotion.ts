/**
 * What makes a motion valid, as messages per field the editor shows next to the input and
 * the import shows next to the row and column. A motion with problems is never saved.
 */
import {
  CHANNELS,
  MOTION_KINDS,
  MOTION_STATUSES,
  TEAMS,
  TIERS,
  type Blackout,
  type Motion,
} from '../domain/types';
import { isIsoDate } from '../dates/calendarDate';
import { MAX_WINDOW_WEEKS } from './motionPlanning';

export type MotionField = keyof Motion | 'audience.tiers' | 'audience.segments';

export interface FieldProblem<F extends string = MotionField> {
  field: F;
  message: string;
}

export const MOTION_NAME_MAX = 80;
export const MAX_TOUCHES_PER_WEEK = 50;
const COLOR = /^#[0-9a-f]{6}$/i;

export function validateMotion(m: Motion): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: MotionField, message: string) => problems.push({ field, message });
  const name = m.name.trim();
  if (name === '') add('name', 'A motion needs a name.');
  else if (name.length > MOTION_NAME_MAX) {
    add(
      'name',
      `The name has ${name.length} characters; Salesforce campaign names allow ${MOTION_NAME_MAX}.`,
    );
  }
  if (!MOTION_KINDS.includes(m.kind)) add('kind', `"${m.kind}" is not a motion kind.`);
  if (!TEAMS.includes(m.team)) add('team', `"${m.team}" is not a team (${TEAMS.join(', ')}).`);
  if (!CHANNELS.includes(m.channel))
    add('channel', `"${m.channel}" is not a channel (${CHANNELS.join(', ')}).`);
  if (!MOTION_STATUSES.includes(m.status)) {
    add('status', `"${m.status}" is not a status (${MOTION_STATUSES.join(', ')}).`);
  }
  const startOk = isIsoDate(m.start);
  const endOk = isIsoDate(m.end);
  if (!startOk) add('start', `"${m.start}" is not a calendar date.`);
  if (!endOk) add('end', `"${m.end}" is not a calendar date.`);
  if (startOk && endOk && m.end < m.start) {
    add('end', `The end (${m.end}) is before the start (${m.start}).`);
  }
  if (
    !Number.isFinite(m.touchesPerWeek) ||
    m.touchesPerWeek < 0 ||
    m.touchesPerWeek > MAX_TOUCHES_PER_WEEK
  ) {
    add('touchesPerWeek', `Touches per week must be a number from 0 to ${MAX_TOUCHES_PER_WEEK}.`);
  }
  if (m.budget !== null && (!Number.isFinite(m.budget) || m.budget < 0)) {
    add('budget', 'The budget must be a number of 0 or more, or empty.');
  }
  if (m.color !== '' && !COLOR.test(m.color))
    add('color', `"${m.color}" is not a colour like #3b82f6.`);
  if (m.audience.tiers.some((t) => !TIERS.includes(t)))
    add('audience.tiers', 'Tiers are 1, 2 and 3.');
  if (m.audience.segments.some((s) => s.trim() === '')) {
    add('audience.segments', 'A segment tag cannot be empty.');
  }
  const window = m.planning?.allowedWindow;
  if (
    typeof window === 'object' &&
    (!Number.isInteger(window.weeks) || window.weeks < 0 || window.weeks > MAX_WINDOW_WEEKS)
  ) {
    add('planning', `The allowed window is a whole number of weeks from 0 to ${MAX_WINDOW_WEEKS}.`);
  }
  const percent = m.planning?.minimumAudiencePercent;
  if (percent !== undefined && !(Number.isFinite(percent) && percent >= 0 && percent <= 100)) {
    add('planning', 'The minimum audience is a percentage from 0 to 100.');
  }
  return problems;
}

export type BlackoutField = 'scope' | 'start' | 'end' | 'reason';

export function validateBlackout(b: Blackout): FieldProblem<BlackoutField>[] {
  const problems: FieldProblem<BlackoutField>[] = [];
  if (b.scope.kind === 'account' && b.scope.accountId === '') {
    problems.push({ field: 'scope', message: 'Pick the account the blackout covers.' });
  }
  if (b.scope.kind === 'segment' && b.scope.segment.trim() === '') {
    problems.push({ field: 'scope', message: 'Name the segment the blackout covers.' });
  }
  if (!isIsoDate(b.start))
    problems.push({ field: 'start', message: `"${b.start}" is not a calendar date.` });
  if (!isIsoDate(b.end))
    problems.push({ field: 'end', message: `"${b.end}" is not a calendar date.` });
  if (isIsoDate(b.start) && isIsoDate(b.end) && b.end < b.start) {
    problems.push({
      field: 'end',
      message: `The end (${b.end}) is before the start (${b.start}).`,
    });
  }
  if (b.reason.trim() === '')
    problems.push({ field: 'reason', message: 'Say why: open negotiation, holiday, escalation…' });
  return problems;
}
