/** The motions as an .ics calendar (one all-day event per motion), written by shared/ics. */
import { motionsToIcs } from '../ics/motionCalendar';
import type { ExportResult, ExportSource } from './exportTypes';
import { motionAudiences } from './motionAudiences';

export const CALENDAR_BASE_NAME = 'abm-calendar';

/** `now` stamps the file (DTSTAMP); pass a fixed one for reproducible output. */
export function exportCalendar(source: ExportSource, now: string): ExportResult {
  const { motions, members } = motionAudiences(source.accounts, source.motions);
  const audienceSizes = new Map([...members].map(([id, ids]) => [id, ids.length]));
  const text = motionsToIcs(motions, { now, audienceSizes });
  return {
    baseName: CALENDAR_BASE_NAME,
    extension: 'ics',
    tables: [],
    problems: [],
    render: () => text,
  };
}
