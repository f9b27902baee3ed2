/**
 * The outreach calendar as an iCalendar file: one all-day VEVENT per motion. The UID is the
 * motion id, so importing the file again updates events instead of adding copies; SEQUENCE
 * and LAST-MODIFIED come from the motion's updatedAt, so a calendar app sees a newer version.
 */
import type { IsoDateTime, Motion } from '../domain/types';
import { addDays } from '../dates/calendarDate';
import { escapeText, icsDate, icsDateTime, joinContentLines } from './icsText';

export interface MotionCalendarOptions {
  /** When the file is written (DTSTAMP). */
  now: IsoDateTime;
  /** Motion id → audience size, for SUMMARY and DESCRIPTION; missing sizes are left out. */
  audienceSizes?: ReadonlyMap<string, number>;
  calendarName?: string;
}

export const ICS_UID_DOMAIN = 'abm-workbench';
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

export function motionUid(motion: Pick<Motion, 'id'>): string {
  return `${motion.id}@${ICS_UID_DOMAIN}`;
}

/**
 * Seconds since 2020-01-01 of the last change: grows with every edit (so a re-import wins)
 * and fits the 31-bit integer calendar apps expect until 2088.
 */
export function motionSequence(motion: Pick<Motion, 'updatedAt'>): number {
  const ms = Date.parse(motion.updatedAt);
  if (Number.isNaN(ms)) return 0;
  return Math.max(0, Math.floor((ms - SEQUENCE_EPOCH_MS) / 1000));
}

function eventStatus(motion: Motion): string {
  if (motion.status === 'Aborted') return 'CANCELLED';
  if (motion.status === 'Planned') return 'TENTATIVE';
  return 'CONFIRMED';
}

function describe(motion: Motion, size: number | undefined): string {
  const lines = [
    `Team: ${motion.team}`,
    `Channel: ${motion.channel}`,
    `Kind: ${motion.kind}`,
    `Status: ${motion.status}`,
    `Touches per week: ${motion.touchesPerWeek}`,
  ];
  if (size !== undefined) lines.push(`Audience: ${size} accounts`);
  if (motion.theme) lines.push(`Theme: ${motion.theme}`);
  if (motion.owner) lines.push(`Owner: ${motion.owner}`);
  if (motion.parentProgram) lines.push(`Program: ${motion.parentProgram}`);
  if (motion.budget !== null) lines.push(`Budget: ${motion.budget}`);
  return lines.join('\n');
}

function eventLines(motion: Motion, options: MotionCalendarOptions): string[] {
  const size = options.audienceSizes?.get(motion.id);
  const summary = `${motion.name} (${motion.team}, ${motion.channel}${size === undefined ? '' : `, ${size} accounts`})`;
  return [
    'BEGIN:VEVENT',
    `UID:${motionUid(motion)}`,
    `DTSTAMP:${icsDateTime(options.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(motion.start)}`,
    // DTEND of an all-day event is exclusive: the day after the motion's last day.
    `DTEND;VALUE=DATE:${icsDate(addDays(motion.end, 1))}`,
    `SEQUENCE:${motionSequence(motion)}`,
    `LAST-MODIFIED:${icsDateTime(motion.updatedAt)}`,
    `CREATED:${icsDateTime(motion.createdAt)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(describe(motion, size))}`,
    `CATEGORIES:${[motion.team, motion.channel, motion.kind].map(escapeText).join(',')}`,
    `STATUS:${eventStatus(motion)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The .ics text (CRLF, folded) for the motions, ordered by start day then name. */
export function motionsToIcs(motions: readonly Motion[], options: MotionCalendarOptions): string {
  const name = options.calendarName ?? 'ABM outreach calendar';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ABM Workbench//Outreach Calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  const ordered = [...motions].sort((a, b) =>
    a.start !== b.start
      ? a.start < b.start
        ? -1
        : 1
      : a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : 0,
  );
  for (const motion of ordered) for (const line of eventLines(motion, options)) lines.push(line);
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}

export function motionsToIcsBytes(
  motions: readonly Motion[],
  options: MotionCalendarOptions,
): Uint8Array {
  return new TextEncoder().encode(motionsToIcs(motions, options));
}
