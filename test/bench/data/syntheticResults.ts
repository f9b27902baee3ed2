/**
 * A large deterministic Salesforce opportunities report for benchmarks: `rows` opportunities
 * created over the 85 days from `quarterStart`, spread over the synthetic accounts by name
 * (one in 51 naming a company the workspace lacks), a quarter of each outcome. Not sample data.
 */
import { addDays } from '../../../shared/dates/calendarDate';
import type { IsoDate } from '../../../shared/domain/types';

const STAGES = ['Closed Won', 'Closed Lost', 'Prospecting', 'Negotiation/Review'];

export function syntheticReport(rows: number, accounts: number, quarterStart: IsoDate): string {
  const lines = [
    '"Opportunity ID","Opportunity Name","Account Name","Amount","Stage","Close Date","Created Date","Lead Source"',
  ];
  for (let i = 0; i < rows; i++) {
    const id = `0065g0${String(i).padStart(9, '0')}`;
    const created = addDays(quarterStart, i % 85);
    const close = addDays(created, 10 + (i % 40));
    const a = (i * 7919) % (accounts + accounts / 50);
    const name = a < accounts ? `Account ${Math.floor(a)}` : `Missing ${i}`;
    lines.push(
      `"${id}","Deal ${i}","${name}","${(1000 + (i % 97) * 250).toLocaleString('en-US')}.00","${STAGES[i % 4]}","${close}","${created}","${i % 3 === 0 ? 'Web' : 'Cold Call'}"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
