/**
 * `qbr --workspace WS.json --quarter FY2027-Q1 --out pack.html [--sections …] [--calendar
 * month|quarter]`: the QBR pack as one self-contained HTML file, built and rendered by the
 * same shared code (shared/qbr) the app presents and prints. Written atomically by the
 * Node entry, and only when the command succeeds.
 */
import { buildPack } from '../../shared/qbr/buildPack';
import { renderPackDocument } from '../../shared/qbr/renderPackHtml';
import { parseSectionList } from '../../shared/qbr/sections';
import { EXIT_USAGE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace } from '../loadWorkspace';
import { motionQuarterSpan, quarterHoldsWorkspace } from '../../shared/qbr/quarterHolds';
import type { CommandSpec } from '../parseArgs';

export const QBR_SPEC: CommandSpec = {
  values: {
    workspace: null,
    quarter: null,
    out: null,
    sections: null,
    calendar: ['month', 'quarter'],
  },
  flags: [],
  required: ['workspace', 'quarter', 'out'],
  positionals: [0, 0],
};

export const qbrCommand: CliCommand = (args, env) => {
  const sectionsText = args.values.sections;
  const sections = sectionsText === undefined ? undefined : parseSectionList(sectionsText);
  if (sections && !sections.ok) return failed(EXIT_USAGE, `--sections: ${sections.error}`);
  const loaded = loadWorkspace(env, args.values.workspace as string, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const built = buildPack(loaded.data, {
    quarter: args.values.quarter as string,
    sections: sections?.sections,
    madeOn: env.now.slice(0, 10),
    calendarScale: (args.values.calendar ?? 'month') as 'month' | 'quarter',
  });
  if (!built.ok) return failed(EXIT_USAGE, `--quarter: ${built.error}`);
  const { pack } = built;
  if (!quarterHoldsWorkspace(loaded.data, pack.quarter, pack.review)) {
    const span = motionQuarterSpan(loaded.data.motions, loaded.data.settings.fiscalYearStartMonth);
    return failed(
      EXIT_USAGE,
      `--quarter: nothing of this workspace falls in ${pack.quarter.label} or the quarter it reviews (${pack.review.label}): no motion, result or TAL snapshot${span ? `; its motions run ${span}` : ''}. Nothing was written.`,
    );
  }
  const out = args.values.out as string;
  const summary = {
    ok: true,
    quarter: pack.quarter.label,
    reviews: pack.review.label,
    sections: pack.sections,
    pages: pack.pages.length,
    out,
  };
  const text = args.flags.has('json')
    ? jsonText(summary)
    : `Wrote ${out}: the QBR pack for ${pack.quarter.label} (results of ${pack.review.label}), ${pack.pages.length} pages.\n`;
  return done(text, [{ path: out, text: renderPackDocument(pack) }]);
};
