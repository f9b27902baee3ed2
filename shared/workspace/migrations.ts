/**
 * Migrations of the workspace file, one per format version step. A shipped migration is never
 * edited; a new format version appends one here. Each takes the whole parsed document of
 * version `from` and returns it in the shape of version `from + 1`, keeping unknown fields.
 *
 * A migration adds what its version lacked, explicitly; nothing else fills in absent parts.
 * `refuses` says why a document is not in the layout of version `from` (null when it is), so a
 * file that only claims to be that version is refused instead of being emptied by the step.
 * The runner (migrationRunner.ts) checks after every step that no table lost a row.
 */
import { storedDomainKey } from '../accounts/companyDomain';
import { DEFAULT_PERSONA_RULES } from '../contacts/personas';

export interface WorkspaceMigration {
  from: number;
  refuses?: (doc: Record<string, unknown>) => string | null;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/** The tables of format version 1, the first one a release wrote. */
const V1_TABLES = [
  'accounts',
  'motions',
  'blackouts',
  'icpProfiles',
  'talSnapshots',
  'raciGrids',
  'importBatches',
  'columnMappings',
  'savedViews',
  'exportProfiles',
  'conflictAcceptances',
] as const;

/** The settings of format version 1, frozen here: later defaults must not change old files. */
const V1_DEFAULT_SETTINGS = {
  fiscalYearStartMonth: 1,
  weeklyTouchCap: 3,
  severities: {
    'cross-team': 'block',
    'same-channel': 'warn',
    'contact-pressure': 'warn',
    'primary-owner': 'block',
    blackout: 'block',
    'messaging-clash': 'info',
    'off-list': 'warn',
  },
  directChannels: ['email', 'phone', 'linkedin', 'direct mail', 'event'],
  emailChannels: ['email'],
  maxConsultedPerActivity: 3,
  raciRequireInformedAccountable: false,
  tier1CapacityPerOwner: 10,
  turnoverBudgetPercent: 25,
  salesforceFields: {
    tier: 'ABM_Tier__c',
    target: 'Target_Account__c',
    campaigns: 'ABM_Campaigns__c',
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 0, the pre-release layout: the tables at the top level, no "data" section. */
function refusesVersion0(doc: Record<string, unknown>): string | null {
  if ('data' in doc) {
    return 'the file says format version 0, but it has a "data" section, which version 0 never had (its tables were at the top level); it is not a version 0 file';
  }
  const present = V1_TABLES.filter((table) => table in doc);
  if (present.length === 0) {
    return `the file says format version 0, but it holds none of the tables of that layout (${V1_TABLES.join(', ')})`;
  }
  for (const table of present) {
    if (!Array.isArray(doc[table])) return `"${table}" must be a list of rows`;
  }
  if ('settings' in doc && !isRecord(doc.settings)) return '"settings" must be an object';
  return null;
}

function refusesWithoutData(doc: Record<string, unknown>): string | null {
  if (!('data' in doc)) return 'the "data" section is missing';
  return isRecord(doc.data) ? null : '"data" must be an object';
}

export const WORKSPACE_MIGRATIONS: readonly WorkspaceMigration[] = [
  {
    // Version 0 was the pre-release layout: tables at the top level, no "data" wrapper. It
    // wrote only the tables it had; the ones it lacked start empty, and settings it lacked
    // start at version 1's defaults.
    from: 0,
    refuses: refusesVersion0,
    migrate: (doc) => {
      const { format, version, savedAt, app, ...tables } = doc;
      for (const table of V1_TABLES) tables[table] ??= [];
      tables.settings ??= structuredClone(V1_DEFAULT_SETTINGS);
      return { format, version, savedAt: savedAt ?? new Date(0).toISOString(), app, data: tables };
    },
  },
  {
    // Version 2 adds the owner directory; on each account, the other records of the same
    // company in each CRM (duplicates to merge) and the values each CRM held when last
    // imported; the setting that remembers subdomain groups the user said are not
    // duplicates; and the setting for how imports read dates like 03/02/2027. Older files had
    // none of them: no duplicates, no owners, values unknown, and imports ask the date order.
    // It also says how a motion's tiers and segments combine: version 1 always united them,
    // so every audience of an older file is marked "match any" and keeps its accounts. A
    // domain that is no company's (version 1 kept linkedin.com for a LinkedIn page) stops
    // being a dedupe key; IDN domains take their punycode form.
    from: 1,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      const data = doc.data;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return doc;
      const d = data as Record<string, unknown>;
      if (Array.isArray(d.accounts)) {
        d.accounts = d.accounts.map((a: unknown) =>
          isRecord(a)
            ? {
                duplicateSalesforceIds: [],
                duplicateHubspotIds: [],
                importedFromSalesforce: null,
                importedFromHubspot: null,
                ...a,
                ...(typeof a.domain === 'string' ? { domain: storedDomainKey(a.domain) } : {}),
              }
            : a,
        );
      }
      if (Array.isArray(d.motions)) {
        d.motions = d.motions.map((m: unknown) =>
          isRecord(m) && isRecord(m.audience)
            ? { ...m, audience: { ...m.audience, match: 'any' } }
            : m,
        );
      }
      d.owners ??= [];
      if (isRecord(d.settings)) {
        d.settings.notDuplicates ??= [];
        d.settings.dateOrder ??= 'ask';
      }
      return doc;
    },
  },
  {
    // Version 3 adds what the auto-planner may do: per motion, optional planning constraints
    // (locked dates, allowed window, minimum audience, never-exclude accounts), absent in
    // older files and so at their defaults, which is what an older file meant; and the
    // workspace setting of the moves the planner may use, which older files lacked: the
    // default then, every move but "reassign" (written out here, frozen, so a later default
    // does not change what an old file means).
    from: 2,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      const data = doc.data;
      if (isRecord(data) && isRecord(data.settings)) {
        data.settings.plannerMoves ??= ['shift', 'exclude', 'primary', 'stagger', 'handover'];
      }
      return doc;
    },
  },
  {
    // Version 4 adds the operating agreement. Older files had none: the workspace shows the
    // articles' template, marked not yet agreed, until the team edits or agrees a part.
    from: 3,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      const data = doc.data;
      if (isRecord(data)) data.operatingAgreements ??= [];
      return doc;
    },
  },
  {
    // Version 5 adds the quarter's results: the opportunities (Salesforce opportunities and
    // HubSpot deals) imported for the quarterly review, none in an older file; and the
    // review's settings at the values they start with: pipeline created up to 30 days after
    // a motion counts as influenced by it, planned touches per quarter of 13 / 6 / 3 for
    // tiers 1 / 2 / 3, and no budget allocated to any quarter yet. Written with ??= so the
    // step is right whatever number the merged history gives it.
    from: 4,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      const data = doc.data;
      if (!isRecord(data)) return doc;
      data.opportunities ??= [];
      if (isRecord(data.settings)) {
        data.settings.influenceWindowDays ??= 30;
        data.settings.plannedTouchesPerTier ??= { tier1: 13, tier2: 6, tier3: 3 };
        data.settings.budgetAllocations ??= {};
      }
      return doc;
    },
  },
  {
    // Version 6 adds contacts and leads (none in an older file), the title rules that give
    // them personas (the rules a new workspace started with when version 6 shipped), and the
    // Status of campaign-member rows (Salesforce's default, "Sent").
    from: 5,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      const d = doc.data as Record<string, unknown>;
      d.contacts ??= [];
      if (isRecord(d.settings)) {
        d.settings.personaRules ??= DEFAULT_PERSONA_RULES.map((r) => ({ ...r }));
        d.settings.campaignMemberStatus ??= 'Sent';
      }
      return doc;
    },
  },
  {
    // Version 7 carries what merging two copies needs (shared/merge): per-field version
    // stamps, tombstones of deleted records and the version vector, in a "sync" section beside
    // "data". An older file has none: its rows carry no stamps, which reads as the zero stamp,
    // older than any real edit, so a colleague's change to such a row wins without a conflict
    // when only they changed it. Its copy has no installation yet (the first stamped edit
    // gives it one).
    from: 6,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      doc.sync ??= { installationId: null, versionVector: {}, stamps: {}, tombstones: {} };
      return doc;
    },
  },
  {
    // Version 8 lets a motion give accounts days of their own (Motion.accountDates: a
    // staggered wave's later start, a hand-over's earlier end). An older file has none: every
    // account runs on its motion's dates, which is what it meant, so nothing is added. The
    // version still changes so that an older app refuses a file whose waves it would ignore.
    from: 7,
    refuses: refusesWithoutData,
    migrate: (doc) => doc,
  },
  {
    // Version 9 adds person pressure (issue 18): the weekly touch cap per person, at its
    // default of 2, and the rule's severity, warn. Nothing else changes.
    from: 8,
    refuses: refusesWithoutData,
    migrate: (doc) => {
      const d = doc.data as Record<string, unknown>;
      if (isRecord(d.settings)) {
        d.settings.personTouchCap ??= 2;
        if (isRecord(d.settings.severities)) d.settings.severities['person-pressure'] ??= 'warn';
      }
      return doc;
    },
  },
];
