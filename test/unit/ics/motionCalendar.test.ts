// Marketing Ops exports the calendar to Outlook or Google; the file must follow RFC 5545 exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, joinContentLines } from '../../../shared/ics/icsText';
import { motionSequence, motionsToIcs } from '../../../shared/ics/motionCalendar';
import { newMotion } from '../../../shared/motions/motionDefaults';

const NOW = '2027-01-15T09:30:00.000Z';

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** Reverses §3.3.11 escaping. */
function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function property(lines: string[], name: string): string[] {
  return lines
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    .map((l) => l.slice(l.indexOf(':') + 1));
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('RFC 5545 text rules', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets and continues with one space', () => {
    const lines = foldLine(`SUMMARY:${'x'.repeat(200)}`);
    expect(lines.map(octets)).toEqual([75, 75, 60]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character across a fold', () => {
    // 'é' is 2 octets, '€' 3, '😀' 4 (a surrogate pair in JavaScript).
    for (const ch of ['é', '€', '😀']) {
      const text = joinContentLines([`SUMMARY:${ch.repeat(100)}`]);
      const physical = text.split('\r\n').slice(0, -1);
      for (const line of physical) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        // A lone surrogate would encode as U+FFFD; a cut UTF-8 sequence cannot round-trip.
        expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }
      expect(unfold(text)).toEqual([`SUMMARY:${ch.repeat(100)}`]);
    }
  });

  it('folding then unfolding gives back any line, and every physical line fits (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const text = joinContentLines([line]);
        expect(text.endsWith('\r\n')).toBe(true);
        for (const physical of text.split('\r\n').slice(0, -1))
          expect(octets(physical)).toBeLessThanOrEqual(75);
        const [back] = unfold(text);
        expect(back).toBe(line);
        expect(unescape(back!.slice('DESCRIPTION:'.length))).toBe(value.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});

describe('the motion calendar', () => {
  const nurture = newMotion('m-1', '2027-02-01', '2027-01-02T10:00:00.000Z', {
    name: 'Q1 nurture; wave 1, EMEA',
    end: '2027-02-28',
    theme: 'Cost of delay\nPart 2',
    updatedAt: '2027-01-10T12:00:00.000Z',
  });
  const blitz = newMotion('m-2', '2027-01-20', '2027-01-02T10:00:00.000Z', {
    kind: 'call blitz',
    name: 'AE call blitz',
    end: '2027-01-20',
    status: 'Aborted',
  });
  const ics = motionsToIcs([nurture, blitz], { now: NOW, audienceSizes: new Map([['m-1', 3412]]) });
  const lines = unfold(ics);

  it('uses CRLF line endings only', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(property(lines, 'VERSION')).toEqual(['2.0']);
    expect(property(lines, 'PRODID')).toHaveLength(1);
  });

  it('writes one all-day event per motion with an exclusive end day', () => {
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270201');
    expect(lines).toContain('DTEND;VALUE=DATE:20270301');
    // A one-day blitz ends (exclusively) the next day.
    expect(lines).toContain('DTSTART;VALUE=DATE:20270120');
    expect(lines).toContain('DTEND;VALUE=DATE:20270121');
    // Ordered by start: the blitz first.
    expect(property(lines, 'UID')).toEqual(['m-2@abm-workbench', 'm-1@abm-workbench']);
  });

  it('stamps the export time and derives SEQUENCE and LAST-MODIFIED from the last edit', () => {
    expect(property(lines, 'DTSTAMP')).toEqual(['20270115T093000Z', '20270115T093000Z']);
    expect(lines).toContain('LAST-MODIFIED:20270110T120000Z');
    const later = { ...nurture, updatedAt: '2027-01-11T12:00:00.000Z' };
    expect(motionSequence(later)).toBeGreaterThan(motionSequence(nurture));
    // Re-exporting the edited motion keeps the UID, so a calendar updates the event.
    const again = unfold(motionsToIcs([later], { now: NOW }));
    expect(property(again, 'UID')).toEqual(['m-1@abm-workbench']);
  });

  it('summarizes name, team, channel and audience size, escaped', () => {
    const summary = property(lines, 'SUMMARY')[1]!;
    expect(summary).toBe('Q1 nurture\\; wave 1\\, EMEA (Marketing\\, email\\, 3412 accounts)');
    const description = unescape(property(lines, 'DESCRIPTION')[1]!);
    expect(description).toContain('Team: Marketing\nChannel: email');
    expect(description).toContain('Audience: 3412 accounts');
    expect(description).toContain('Theme: Cost of delay\nPart 2');
    expect(property(lines, 'STATUS')).toEqual(['CANCELLED', 'TENTATIVE']);
  });
});
