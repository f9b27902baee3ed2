/** The motions as an .ics calendar, written by shared/ics. */
import type { ExportResult, ExportSource } from './exportTypes';

export const CALENDAR_BASE_NAME = 'abm-calendar';

export function exportCalendar(_source: ExportSource): ExportResult {
  return { baseName: CALENDAR_BASE_NAME, extension: 'ics', tables: [], problems: [], text: '' };
}
