/**
 * Motions as the workbench's own CSV: every motion field plus audience columns (tiers,
 * segments, include and exclude domains separated by ';') and the accounts' own days (waves,
 * hand-overs: accountDatesCsv.ts). The file reads back through
 * previewMotionImport unchanged — the round trip the tests hold it to.
 */
import type { Account, Motion } from '../domain/types';
import { writeCsvBytes, writeCsvText, type CsvMode } from '../csv';
import { LIST_SEPARATOR, OWN_HEADERS, type MotionColumn } from './motionCsvColumns';
import { formatAllowedWindow, formatLockedDates, formatMinimumAudience } from './motionPlanning';
import { formatAccountDates } from './accountDatesCsv';

export interface MotionCsvExport {
  text: string;
  bytes: Uint8Array;
  /** Accounts in the lists (include, exclude, never exclude, account dates) with neither a domain nor a Salesforce id cannot be named. */
  notices: string[];
}

function byStartThenName(a: Motion, b: Motion): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function exportMotionsCsv(
  motions: readonly Motion[],
  accounts: readonly Pick<Account, 'id' | 'domain' | 'salesforceId' | 'name'>[],
  mode: CsvMode = 'crm',
): MotionCsvExport {
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const unnamed = new Set<string>();
  const refOf = (id: string): string | null => {
    const a = accountById.get(id);
    const ref = a ? a.domain || a.salesforceId : '';
    if (!ref) unnamed.add(a ? a.name : id);
    return ref || null;
  };
  const references = (ids: readonly string[]): string =>
    ids
      .map(refOf)
      .filter((ref) => ref !== null)
      .join(LIST_SEPARATOR);
  const value = (m: Motion, column: MotionColumn): string => {
    switch (column) {
      case 'workbenchId':
        return m.id;
      case 'budget':
        return m.budget === null ? '' : String(m.budget);
      case 'touchesPerWeek':
        return String(m.touchesPerWeek);
      case 'tiers':
        return m.audience.tiers.join(LIST_SEPARATOR);
      case 'segments':
        return m.audience.segments.join(LIST_SEPARATOR);
      case 'audienceMatch':
        return m.audience.match;
      case 'includeDomains':
        return references(m.audience.include);
      case 'excludeDomains':
        return references(m.audience.exclude);
      case 'lockedDates':
        return formatLockedDates(m.planning?.lockedDates);
      case 'allowedWindow':
        return formatAllowedWindow(m.planning?.allowedWindow);
      case 'minimumAudience':
        return formatMinimumAudience(m.planning?.minimumAudiencePercent);
      case 'neverExclude':
        return references(m.planning?.neverExclude ?? []);
      case 'accountDates':
        return formatAccountDates(m.accountDates, refOf);
      case 'type':
      case 'parentId':
        return '';
      default:
        return String(m[column]);
    }
  };
  const headers = OWN_HEADERS.map(([, header]) => header);
  const rows = [...motions]
    .sort(byStartThenName)
    .map((m) => OWN_HEADERS.map(([column]) => value(m, column)));
  const notices =
    unnamed.size > 0
      ? [
          `${unnamed.size} account(s) in include, exclude, never-exclude or account-dates lists have no domain or Salesforce id and were left out: ${[...unnamed].slice(0, 5).join(', ')}.`,
        ]
      : [];
  return {
    text: writeCsvText(headers, rows, { mode }),
    bytes: writeCsvBytes(headers, rows, { mode }),
    notices,
  };
}
