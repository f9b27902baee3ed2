/**
 * "Save proposed changes (CSV)": the proposal for the planning meeting, one row a change, with
 * whether it is ticked, through the one CSV writer in Excel-safe mode (people open it there)
 * and the platform's save dialog.
 */
import { writeCsvBytes } from '../../../../shared/csv/writeCsv';
import { localToday } from '../../../../shared/dates/calendarDate';
import { platform } from '../../platform';
import type { ProposalReply } from './plannerProtocol';
import { PROPOSAL_CSV_HEADERS, proposalCsvRows } from './proposalRows';

/** True when saved, false when the user cancelled the dialog. */
export function saveProposalCsv(
  reply: ProposalReply,
  selected: ReadonlySet<string>,
): Promise<boolean> {
  const names = { motions: new Map(reply.motionNames), accounts: new Map(reply.accountNames) };
  const rows = proposalCsvRows(reply.proposal.changes, selected, names);
  return platform.saveFile({
    suggestedName: `proposed-changes-${localToday()}.csv`,
    bytes: writeCsvBytes(PROPOSAL_CSV_HEADERS, rows, { mode: 'excel' }),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
}
