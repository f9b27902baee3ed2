/**
 * `raci --workspace WS.json --grid NAME --format csv [--mode crm|excel] [--out FILE]`: one
 * RACI grid as CSV (the format the app's RACI import reads), on stdout or into FILE.
 */
import { exportRaciGrid, findRaciGrid } from '../../shared/export/raciExport';
import type { ExportMode } from '../../shared/export/exportTypes';
import { renderExport } from '../../shared/export/renderExport';
import { EXIT_USAGE, done, failed, jsonText, type CliCommand } from '../cliTypes';
import { loadWorkspace } from '../loadWorkspace';
import type { CommandSpec } from '../parseArgs';

export const RACI_SPEC: CommandSpec = {
  values: { workspace: null, grid: null, format: ['csv'], mode: ['crm', 'excel'], out: null },
  flags: [],
  required: ['workspace'],
  positionals: [0, 0],
};

export const raciCommand: CliCommand = (args, env) => {
  const loaded = loadWorkspace(env, args.values.workspace as string, { createIfMissing: false });
  if (!loaded.ok) return loaded.result;
  const found = findRaciGrid(loaded.data.raciGrids, args.values.grid);
  if (!found.ok) return failed(EXIT_USAGE, found.error);
  const run = exportRaciGrid(loaded.data, found.grid.name);
  if (!run.ok) return failed(EXIT_USAGE, run.error);
  const [file] = renderExport(run.result, (args.values.mode ?? 'crm') as ExportMode);
  const text = file?.text ?? '';
  const out = args.values.out;
  const table = run.result.tables[0];
  const summary = {
    ok: true,
    grid: found.grid.name,
    activities: table?.rows.length ?? 0,
    roles: Math.max(0, (table?.headers.length ?? 1) - 1),
    out: out ?? null,
  };
  if (out !== undefined) {
    return done(args.flags.has('json') ? jsonText(summary) : `Wrote ${out}\n`, [
      { path: out, text },
    ]);
  }
  return done(args.flags.has('json') ? jsonText({ ...summary, csv: text }) : text);
};
