// Marketing Ops brings campaigns from Salesforce and from other workbenches; nothing half-imports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { Account, Motion } from '../../../shared/domain/types';
import { sequentialIds } from '../../../shared/domain/ids';
import { formatCsvError } from '../../../shared/csv';
import {
  motionImportChanges,
  previewMotionImport,
  type MotionImportContext,
} from '../../../shared/motions/importMotions';
import { exportMotionsCsv } from '../../../shared/motions/exportMotionsCsv';
import { newMotion } from '../../../shared/motions/motionDefaults';

const NOW = '2027-01-15T09:00:00.000Z';
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/motions/${name}`));

function account(
  id: string,
  domain: string,
  salesforceId = '',
): Pick<Account, 'id' | 'domain' | 'salesforceId' | 'name'> {
  return { id, domain, salesforceId, name: id };
}
const accounts = [
  account('a-acme', 'acme.com'),
  account('a-globex', 'globex.io'),
  account('a-nodomain', '', '001Dn000001XyZaIAK'),
];

/** Offsets in days from Jan 1 2027 + `base` as own days (Motion.accountDates). */
function ownDays(
  offsets: Record<string, { start?: number; end?: number }>,
  base: number,
): NonNullable<Motion['accountDates']> {
  const day = (n: number) => new Date(Date.UTC(2027, 0, base + n)).toISOString().slice(0, 10);
  return Object.fromEntries(
    Object.entries(offsets).map(([id, d]) => [
      id,
      {
        ...(d.start !== undefined ? { start: day(d.start) } : {}),
        ...(d.end !== undefined ? { end: day(d.end) } : {}),
      },
    ]),
  );
}

function ctx(motions: Motion[] = [], more: Partial<MotionImportContext> = {}): MotionImportContext {
  return { accounts, motions, newId: sequentialIds('m'), now: NOW, ...more };
}

describe('importing a Salesforce campaign export', () => {
  it('asks once whether 3/10/2027 is 3 October or March 10 before reading any row', () => {
    const p = previewMotionImport('campaigns.csv', fixture('salesforce-campaigns.csv'), ctx());
    expect(p.dateQuestion).toEqual({
      headers: ['StartDate', 'EndDate'],
      example: { row: 4, value: '3/10/2027' },
      text: '3/10/2027: 3 October 2027 or March 10, 2027?',
    });
    expect(p.rows).toEqual([]);
    expect(p.canImport).toBe(false);
  });

  it('previews every campaign as new, with kinds, dates, budgets and parent programs read', () => {
    const p = previewMotionImport(
      'campaigns.csv',
      fixture('salesforce-campaigns.csv'),
      ctx([], { dateOrder: 'mdy' }),
    );
    expect(p.dateQuestion).toBeNull();
    expect(p.errors).toEqual([]);
    expect(p.canImport).toBe(true);
    expect(p.format).toBe('salesforce');
    expect(p.counts).toEqual({ new: 4, updated: 0, rejected: 0 });
    const webinar = p.rows[2]!.motion;
    expect(webinar).toMatchObject({
      name: 'Webinar: Cost of Delay, Part 1',
      kind: 'webinar',
      start: '2027-03-10',
      end: '2027-03-10',
      budget: 2500,
      salesforceId: '701Dn000000AbC3IAK',
      parentProgram: 'FY27 Demand Program',
    });
    expect(p.rows[1]!.motion).toMatchObject({
      kind: 'email nurture',
      team: 'Marketing',
      channel: 'email',
    });
    expect(p.rows[3]!.motion).toMatchObject({ kind: 'ads', channel: 'ads' });
    expect(p.notices.join(' ')).toMatch(/IsActive/);
  });

  it('names the file, row, column and value of an impossible date, and imports nothing', () => {
    const p = previewMotionImport(
      'campaigns.csv',
      fixture('salesforce-campaigns-bad-date.csv'),
      ctx(),
    );
    expect(p.canImport).toBe(false);
    expect(p.counts.rejected).toBe(1);
    expect(p.errors).toEqual([
      expect.objectContaining({
        file: 'campaigns.csv',
        row: 3,
        column: 'StartDate',
        value: '2027-02-30',
      }),
    ]);
    expect(formatCsvError(p.errors[0]!)).toBe(
      'campaigns.csv, row 3, column "StartDate": "2027-02-30" is not a real day: February 2027 has 28 days',
    );
    expect(() => motionImportChanges(p, 'b-1', NOW)).toThrow(/nothing was imported/);
  });

  it('updates a motion matched by Salesforce id, keeping what the export does not carry', () => {
    const existing = newMotion('m-old', '2027-01-04', '2026-12-01T00:00:00.000Z', {
      name: 'Old name',
      salesforceId: '701Dn000000AbC2IAK',
      team: 'Marketing Ops',
      touchesPerWeek: 2,
      audience: { tiers: [1], segments: [], match: 'all', include: [], exclude: [] },
    });
    const p = previewMotionImport(
      'campaigns.csv',
      fixture('salesforce-campaigns.csv'),
      ctx([existing], { dateOrderSetting: 'mdy' }),
    );
    expect(p.counts).toEqual({ new: 3, updated: 1, rejected: 0 });
    const row = p.rows.find((r) => r.action === 'update')!;
    expect(row).toMatchObject({ matchedBy: 'salesforce id', previous: existing });
    expect(row.motion).toMatchObject({
      id: 'm-old',
      name: 'Q1 Fintech Nurture',
      team: 'Marketing Ops',
      touchesPerWeek: 2,
      start: '2027-02-01',
      updatedAt: NOW,
    });
    expect(row.motion.audience.tiers).toEqual([1]);
    const { motions, batch } = motionImportChanges(p, 'b-1', NOW);
    expect(motions).toHaveLength(4);
    expect(batch).toEqual({
      id: 'b-1',
      kind: 'motions',
      files: ['campaigns.csv'],
      at: NOW,
      counts: { new: 3, updated: 1, merged: 0, rejected: 0 },
    });
  });

  it('reads US dates, matches by name when there is no id, and rejects repeated rows', () => {
    const existing = newMotion('m-x', '2027-01-04', NOW, { name: 'AE Blitz' });
    const csv =
      'Name,StartDate,EndDate,Type\nae blitz,2/1/2027,2/5/2027,Telemarketing\nNew one,2/1/2027,2/5/2027,\nNew one,2/1/2027,2/5/2027,\n';
    const p = previewMotionImport('x.csv', csv, ctx([existing], { dateOrderSetting: 'mdy' }));
    expect(p.rows[0]).toMatchObject({ action: 'update', matchedBy: 'name' });
    expect(p.rows[0]!.motion).toMatchObject({ kind: 'call blitz', start: '2027-02-01' });
    expect(p.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'Name', message: 'repeats the motion of row 3' }),
    ]);
  });

  it('rejects an end before the start, a missing date and an unknown status, each on its row', () => {
    const csv =
      'Name,Status,StartDate,EndDate\nA,Planned,2027-03-01,2027-02-01\nB,Planned,,2027-02-01\nC,Someday,2027-02-01,2027-02-02\n';
    const p = previewMotionImport('x.csv', csv, ctx());
    expect(p.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'EndDate'],
      [3, 'StartDate'],
      [4, 'Status'],
    ]);
    expect(p.errors[0]!.message).toMatch(/before the start/);
    expect(p.canImport).toBe(false);
  });

  it('reads a UK export day first when one date shows it, even 03/02/2027 in the same column', () => {
    const csv =
      'Name,StartDate,EndDate\nSpring webinar,03/02/2027,03/02/2027\nSummit,13/02/2027,14/02/2027\n';
    const p = previewMotionImport('uk.csv', csv, ctx([], { dateOrderSetting: 'mdy' }));
    expect(p.dateQuestion).toBeNull();
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.motion.start, r.motion.end])).toEqual([
      ['2027-02-03', '2027-02-03'],
      ['2027-02-13', '2027-02-14'],
    ]);
    expect(p.dateColumns.map((c) => [c.header, c.order, c.decidedBy])).toEqual([
      ['StartDate', 'dmy', 'values'],
      ['EndDate', 'dmy', 'values'],
    ]);
    expect(p.notices).toContain(
      'Dates in "StartDate" are read day first: row 3 holds 13/02/2027, which can only be 13 February 2027.',
    );
  });

  it('decides each column on its own: a column that cannot show its order asks, never guessing from the other', () => {
    const csv = 'Name,StartDate,EndDate\nA,13/02/2027,03/04/2027\nB,14/02/2027,04/05/2027\n';
    const p = previewMotionImport('uk.csv', csv, ctx());
    expect(p.dateQuestion).toMatchObject({
      headers: ['EndDate'],
      example: { row: 2, value: '03/04/2027' },
    });
    expect(p.rows).toEqual([]);
    const answered = previewMotionImport('uk.csv', csv, ctx([], { dateOrder: 'dmy' }));
    expect(answered.rows.map((r) => r.motion.end)).toEqual(['2027-04-03', '2027-05-04']);
    expect(answered.notices).toContain(
      'Dates in "EndDate" are read day first, as chosen: 03/04/2027 is 3 April 2027.',
    );
  });

  it('takes the date-order setting when the column is ambiguous and nobody answered', () => {
    const csv = 'Name,StartDate,EndDate\nA,03/02/2027,04/02/2027\n';
    const p = previewMotionImport('x.csv', csv, ctx([], { dateOrderSetting: 'dmy' }));
    expect(p.rows[0]!.motion).toMatchObject({ start: '2027-02-03', end: '2027-02-04' });
    expect(p.dateColumns[0]).toMatchObject({ order: 'dmy', decidedBy: 'setting' });
  });

  it('names the file, row and column where a column switches from day first to month first', () => {
    const csv =
      'Name,StartDate,EndDate\nA,13/02/2027,2027-03-01\nB,2027-02-01,2027-03-01\nC,02/14/2027,2027-03-01\n';
    const p = previewMotionImport('mixed.csv', csv, ctx());
    expect(p.canImport).toBe(false);
    expect(p.errors).toEqual([
      expect.objectContaining({
        file: 'mixed.csv',
        row: 4,
        column: 'StartDate',
        value: '02/14/2027',
      }),
    ]);
    expect(formatCsvError(p.errors[0]!)).toBe(
      'mixed.csv, row 4, column "StartDate": "02/14/2027" can only be month first, but row 2 ("13/02/2027") can only be day first: one column must keep one date order',
    );
  });

  it('reads a Windows-1251 campaign export, or the encoding the person picks', () => {
    const csv =
      'Name,StartDate,EndDate\r\nВебинар для банков,2027-02-01,2027-02-02\r\nКонференция в Москве,2027-03-01,2027-03-02\r\n';
    const bytes = new Uint8Array(iconv.encode(csv, 'windows-1251'));
    const p = previewMotionImport('ru.csv', bytes, ctx());
    expect(p.encoding).toBe('windows-1251');
    expect(p.rows.map((r) => r.motion.name)).toEqual([
      'Вебинар для банков',
      'Конференция в Москве',
    ]);
    const picked = previewMotionImport('ru.csv', bytes, ctx([], { encoding: 'koi8-r' }));
    expect(picked.encoding).toBe('koi8-r');
    expect(picked.rows[0]!.motion.name).not.toBe('Вебинар для банков');
    // The picker's live preview: the header and first rows as read, and how it was decided.
    expect(p.encodingSource).toBe('detected');
    expect(p.headers).toEqual(['Name', 'StartDate', 'EndDate']);
    expect(p.sample.map((r) => r[0])).toEqual(['Вебинар для банков', 'Конференция в Москве']);
    expect(p.encodingWarning).toBeNull();
    const western = previewMotionImport('ru.csv', bytes, ctx([], { encoding: 'windows-1252' }));
    expect(western.encodingSource).toBe('chosen');
    expect(western.sample[0]![0]).toBe('Âåáèíàð äëÿ áàíêîâ');
    expect(western.encodingWarning).toMatch(
      /^ru\.csv: the text read as Windows-1252 .* looks wrong/,
    );
    expect(western.notices).toContain(western.encodingWarning);
  });

  it('refuses a file with no Name column as a whole', () => {
    const p = previewMotionImport('x.csv', 'Title,Start\nA,2027-01-01\n', ctx());
    expect(p.errors).toEqual([
      expect.objectContaining({ file: 'x.csv', message: expect.stringMatching(/"Name" column/) }),
    ]);
    expect(p.canImport).toBe(false);
  });
});

describe("the workbench's own motion CSV", () => {
  it('resolves include and exclude domains to accounts and names unknown ones', () => {
    const csv =
      'Name,Kind,Team,Channel,Start,End,Tiers,Segments,Include domains,Exclude domains\n' +
      'Nurture,email nurture,Marketing,email,2027-02-01,2027-02-28,1;Tier 2,fintech; retail,https://www.ACME.com/;001Dn000001XyZa,globex.io\n' +
      'Seq,sales sequence,Sales,email,2027-02-01,2027-02-28,4,,nowhere.org,\n';
    const p = previewMotionImport('own.csv', csv, ctx());
    expect(p.format).toBe('workbench');
    expect(p.rows[0]!.motion.audience).toEqual({
      tiers: [1, 2],
      segments: ['fintech', 'retail'],
      // No "Audience match" column: an older export, whose tiers and segments united.
      match: 'any',
      include: ['a-acme', 'a-nodomain'],
      exclude: ['a-globex'],
    });
    expect(p.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'Tiers', '4'],
      [3, 'Include domains', 'nowhere.org'],
    ]);
  });

  it('reads the planning columns: locked dates, allowed window, minimum audience, never exclude', () => {
    const csv =
      'Name,Kind,Start,End,Locked dates,Allowed window,Minimum audience,Never exclude\n' +
      'Webinar,webinar,2027-02-10,2027-02-10,yes,month,100%,acme.com\n' +
      'Nurture,email nurture,2027-02-01,2027-02-28,no,±2 weeks,75,\n' +
      'Ads,ads,2027-02-01,2027-02-28,,,,\n' +
      'Seq,sales sequence,2027-02-01,2027-02-28,maybe,fortnight,120%,nowhere.org\n';
    const p = previewMotionImport('plan.csv', csv, ctx());
    expect(p.rows.map((r) => r.motion.planning)).toEqual([
      {
        lockedDates: true,
        allowedWindow: 'month',
        minimumAudiencePercent: 100,
        neverExclude: ['a-acme'],
      },
      { lockedDates: false, allowedWindow: { weeks: 2 }, minimumAudiencePercent: 75 },
      // Empty cells are the defaults: nothing is stored.
      undefined,
    ]);
    expect(p.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
      [5, 'Locked dates', 'maybe', '"maybe" is not yes or no'],
      [
        5,
        'Allowed window',
        'fortnight',
        '"fortnight" is not month, quarter or ±N weeks (e.g. ±2 weeks)',
      ],
      [5, 'Minimum audience', '120%', '"120%" is not a percentage from 0 to 100 (e.g. 90%)'],
      [5, 'Never exclude', 'nowhere.org', '"nowhere.org" matches no account in the workspace'],
    ]);
    expect(p.canImport).toBe(false);
    // The export writes them back in the same columns.
    const ok = p.rows.map((r) => r.motion);
    const text = exportMotionsCsv(ok, accounts).text;
    const [header, ...lines] = text.trim().split(/\r?\n/);
    const cols = header!.split(',');
    const at = (line: string, name: string) => line.split(',')[cols.indexOf(name)];
    const webinar = lines.find((l) => l.startsWith('Webinar'))!;
    expect(
      ['Locked dates', 'Allowed window', 'Minimum audience', 'Never exclude'].map((c) =>
        at(webinar, c),
      ),
    ).toEqual(['yes', 'month', '100%', 'acme.com']);
    const nurture = lines.find((l) => l.startsWith('Nurture'))!;
    expect(at(nurture, 'Allowed window')).toBe('±2 weeks');
  });

  it('an empty planning cell puts a constraint back to its default; an absent column keeps it', () => {
    const webinar = newMotion('m-w', '2027-02-10', NOW, {
      name: 'Webinar',
      planning: { lockedDates: true, minimumAudiencePercent: 50 },
    });
    const cleared = previewMotionImport('x.csv', 'Name,Locked dates\nWebinar,\n', ctx([webinar]));
    expect(cleared.rows[0]!.motion.planning).toEqual({ minimumAudiencePercent: 50 });
    const kept = previewMotionImport('x.csv', 'Name,Theme\nWebinar,Q1\n', ctx([webinar]));
    expect(kept.rows[0]!.motion.planning).toEqual(webinar.planning);
  });

  it('round-trips any motions through export and import unchanged (property)', () => {
    const motionArb = fc.record({
      name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
      kind: fc.constantFrom('email nurture', 'ads', 'event', 'sales sequence', 'call blitz'),
      team: fc.constantFrom('Marketing', 'Sales', 'Marketing Ops', 'Sales Ops'),
      channel: fc.constantFrom(
        'email',
        'phone',
        'linkedin',
        'ads',
        'event',
        'direct mail',
        'content',
      ),
      startDay: fc.integer({ min: 0, max: 700 }),
      length: fc.integer({ min: 0, max: 90 }),
      touches: fc.integer({ min: 0, max: 10 }),
      theme: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      budget: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
      status: fc.constantFrom('Planned', 'In Progress', 'Completed', 'Aborted'),
      tiers: fc.subarray([1, 2, 3] as const),
      segments: fc.subarray(['fintech', 'retail', 'health']),
      match: fc.constantFrom('all', 'any' as const),
      include: fc.subarray(['a-acme', 'a-globex', 'a-nodomain']),
      exclude: fc.subarray(['a-acme', 'a-globex']),
      planning: fc.option(
        fc.record(
          {
            lockedDates: fc.boolean(),
            allowedWindow: fc.oneof(
              fc.constantFrom('month' as const, 'quarter' as const),
              fc.record({ weeks: fc.integer({ min: 0, max: 52 }) }),
            ),
            minimumAudiencePercent: fc.oneof(
              fc.integer({ min: 0, max: 100 }),
              fc.constantFrom(33.3, 87.5),
            ),
            neverExclude: fc.subarray(['a-acme', 'a-nodomain'], { minLength: 1 }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      // Staggered waves and hand-overs: each account's own first and/or last day.
      accountDates: fc.dictionary(
        fc.constantFrom('a-acme', 'a-globex', 'a-nodomain'),
        fc
          .record(
            { start: fc.integer({ min: 0, max: 60 }), end: fc.integer({ min: 0, max: 60 }) },
            { requiredKeys: [] },
          )
          .filter((d) => d.start !== undefined || d.end !== undefined)
          .map((d) =>
            d.start !== undefined && d.end !== undefined && d.start > d.end
              ? { start: d.end, end: d.start }
              : d,
          ),
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(motionArb, { maxLength: 6, selector: (m) => m.name.toLowerCase() }),
        fc.constantFrom('crm', 'excel' as const),
        (raw, mode) => {
          const motions = raw.map((r, i) =>
            newMotion(`m-${i}`, '2027-01-01', NOW, {
              name: r.name,
              kind: r.kind,
              team: r.team,
              channel: r.channel,
              start: new Date(Date.UTC(2027, 0, 1 + r.startDay)).toISOString().slice(0, 10),
              end: new Date(Date.UTC(2027, 0, 1 + r.startDay + r.length))
                .toISOString()
                .slice(0, 10),
              touchesPerWeek: r.touches,
              theme: r.theme,
              budget: r.budget,
              status: r.status,
              audience: {
                tiers: [...r.tiers],
                segments: [...r.segments],
                match: r.match,
                include: [...r.include],
                exclude: [...r.exclude],
              },
              ...(r.planning && Object.keys(r.planning).length > 0 ? { planning: r.planning } : {}),
              ...(Object.keys(r.accountDates).length > 0
                ? { accountDates: ownDays(r.accountDates, 1 + r.startDay) }
                : {}),
            } as Partial<Motion>),
          );
          if (motions.length === 0) return;
          const file = exportMotionsCsv(motions, accounts, mode);
          const p = previewMotionImport('back.csv', file.bytes, { ...ctx(), motions: [] });
          expect(p.errors).toEqual([]);
          const byId = new Map(p.rows.map((r) => [r.motion.id, r.motion]));
          for (const m of motions) expect(byId.get(m.id)).toEqual({ ...m, updatedAt: NOW });
          // Imported into the same workspace, every row updates its own motion.
          const again = previewMotionImport('back.csv', file.bytes, ctx(motions));
          expect(again.counts).toEqual({ new: 0, updated: motions.length, rejected: 0 });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the "Audience match" column, and says when a file without it unites', () => {
    const header = 'Name,Kind,Start,End,Tiers,Segments';
    const rows = 'Tier 1 fintech,email nurture,2027-02-01,2027-02-28,1,fintech';
    const withColumn = previewMotionImport(
      'new.csv',
      `${header},Audience match\n${rows},all\nEither,ads,2027-02-01,2027-02-28,1,retail,Match any\n`,
      ctx(),
    );
    expect(withColumn.rows.map((r) => r.motion.audience.match)).toEqual(['all', 'any']);
    expect(withColumn.notices.join(' ')).not.toMatch(/Audience match/);
    const bad = previewMotionImport('bad.csv', `${header},Audience match\n${rows},both\n`, ctx());
    expect(bad.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'Audience match', 'both'],
    ]);
    const older = previewMotionImport('old.csv', `${header}\n${rows}\n`, ctx());
    expect(older.rows[0]!.motion.audience.match).toBe('any');
    expect(older.notices.join(' ')).toMatch(/No "Audience match" column: 1 motion/);
  });
});
