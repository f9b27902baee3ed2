/**
 * Conflicts as CSV and as the CLI's JSON: one row per conflict (one rule broken on one
 * account), with the motion names, the account's name and domain, and the first and last
 * day of the overlap. Detection is the app's engine (shared/conflicts), never a copy.
 */
import { allConflicts, detectConflicts, listGroups, resolveAudiences } from '../conflicts';
import { groupFingerprint, validAcceptance } from '../conflicts/acceptance';
import { conflictPeople } from '../contacts/conflictPeople';
import type { PersonTouches } from '../conflicts/types';
import type { ConflictRule, Contact, Severity } from '../domain/types';
import { buildTables, type ExportColumn } from './exportColumns';
import type { ExportResult, ExportSource } from './exportTypes';

export const CONFLICTS_BASE_NAME = 'conflicts';

/** One conflict as the outside world reads it (CSV row, CLI --json entry). */
export interface ConflictSummary {
  id: string;
  rule: ConflictRule;
  severity: Severity;
  motions: string[];
  accountNames: string[];
  accountDomains: string[];
  first: string;
  last: string;
  explanation: string;
  /** 'accepted' while a user's acceptance of the conflict's group still holds. */
  status: 'open' | 'accepted';
  note: string;
  /** Person pressure: the people over the cap, with their touches ("Ann Lee (3)"). */
  people: string[];
}

export function summarizeConflicts(source: ExportSource): ConflictSummary[] {
  const { accounts, motions, blackouts, settings } = source;
  const index = detectConflicts({
    accounts,
    motions,
    audiences: resolveAudiences(accounts, motions),
    blackouts,
    settings,
    people: conflictPeople(accounts, source.contacts ?? [], settings.personaRules ?? []),
  });
  const motionName = new Map(motions.map((m) => [m.id, m.name]));
  const acceptances = new Map(source.conflictAcceptances.map((a) => [a.id, a]));
  const acceptedNote = new Map<string, string>();
  if (acceptances.size > 0) {
    for (const group of listGroups(index)) {
      const fingerprint = groupFingerprint(group, motions, blackouts);
      const accepted = validAcceptance(group.id, fingerprint, acceptances);
      if (accepted) acceptedNote.set(group.id, accepted.note);
    }
  }
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const contactById = new Map((source.contacts ?? []).map((p) => [p.id, p]));
  const out: ConflictSummary[] = [];
  for (const c of allConflicts(index)) {
    const account = accountById.get(c.accountId);
    out.push({
      id: c.id,
      rule: c.rule,
      severity: c.severity,
      motions: c.motionIds.map((id) => motionName.get(id) ?? id),
      accountNames: account ? [account.name] : [],
      accountDomains: account ? [account.domain] : [],
      first: c.window.first,
      last: c.window.last,
      explanation: c.explanation,
      status: acceptedNote.has(c.groupId) ? 'accepted' : 'open',
      note: acceptedNote.get(c.groupId) ?? '',
      people: peopleLabels(c.people ?? [], contactById),
    });
  }
  return out;
}

/**
 * "Ann Lee (3)"; people of one name in one conflict (a contact and a lead, say) are told apart
 * by their e-mail, or by kind where they have none, so the reader knows whom to look up.
 */
function peopleLabels(
  people: readonly PersonTouches[],
  contactById: ReadonlyMap<string, Contact>,
): string[] {
  const named = new Map<string, number>();
  for (const p of people) named.set(p.name, (named.get(p.name) ?? 0) + 1);
  return people.map((p) => {
    const touches = Math.round(p.touches * 10) / 10;
    if ((named.get(p.name) ?? 0) < 2) return `${p.name} (${touches})`;
    const person = contactById.get(p.id);
    const which = person?.email.trim() ? `<${person.email.trim()}>` : `(${person?.kind ?? p.id})`;
    return `${p.name} ${which} (${touches})`;
  });
}

const COLUMNS: ExportColumn<ConflictSummary>[] = [
  { header: 'Rule', value: (c) => c.rule },
  { header: 'Severity', value: (c) => c.severity },
  { header: 'Motions', value: (c) => c.motions.join(' ↔ ') },
  { header: 'Account', value: (c) => c.accountNames.join('; ') },
  { header: 'Domain', value: (c) => c.accountDomains.join('; ') },
  { header: 'First day', value: (c) => c.first },
  { header: 'Last day', value: (c) => c.last },
  { header: 'Status', value: (c) => c.status },
  { header: 'Note', value: (c) => c.note },
  { header: 'Explanation', value: (c) => c.explanation },
  { header: 'Conflict ID', value: (c) => c.id },
  { header: 'People', value: (c) => c.people.join('; ') },
];

export function exportConflicts(source: ExportSource): ExportResult {
  const { tables, problems } = buildTables(summarizeConflicts(source), {
    baseName: CONFLICTS_BASE_NAME,
    group: '',
    columns: COLUMNS,
    describe: (c) => c.id,
  });
  return { baseName: CONFLICTS_BASE_NAME, extension: 'csv', tables, problems };
}
