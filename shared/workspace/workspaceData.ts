/**
 * The whole workspace as plain data: every table of the store. The backup file, the CLI and
 * the sample workspace all speak this shape.
 */
import type {
  Account,
  Blackout,
  ColumnMapping,
  ConflictAcceptance,
  Contact,
  ExportProfile,
  IcpProfile,
  ImportBatch,
  Motion,
  OperatingAgreement,
  Opportunity,
  Owner,
  RaciGrid,
  SavedView,
  Settings,
  TalSnapshot,
} from '../domain/types';
import { DEFAULT_SETTINGS } from '../domain/defaults';

export interface WorkspaceData {
  accounts: Account[];
  owners: Owner[];
  contacts: Contact[];
  motions: Motion[];
  blackouts: Blackout[];
  icpProfiles: IcpProfile[];
  talSnapshots: TalSnapshot[];
  raciGrids: RaciGrid[];
  importBatches: ImportBatch[];
  columnMappings: ColumnMapping[];
  savedViews: SavedView[];
  exportProfiles: ExportProfile[];
  conflictAcceptances: ConflictAcceptance[];
  /** At most one: the team's operating agreement (none: the template, not yet agreed). */
  operatingAgreements: OperatingAgreement[];
  /** The quarter's results: CRM opportunities and deals (format version 5). */
  opportunities: Opportunity[];
  settings: Settings;
}

/** The tables that hold rows (everything but settings), in a fixed order. */
export const ROW_TABLES = [
  'accounts',
  'owners',
  'contacts',
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
  'operatingAgreements',
  'opportunities',
] as const;
export type RowTable = (typeof ROW_TABLES)[number];

export function emptyWorkspace(): WorkspaceData {
  return {
    accounts: [],
    owners: [],
    contacts: [],
    motions: [],
    blackouts: [],
    icpProfiles: [],
    talSnapshots: [],
    raciGrids: [],
    importBatches: [],
    columnMappings: [],
    savedViews: [],
    exportProfiles: [],
    conflictAcceptances: [],
    operatingAgreements: [],
    opportunities: [],
    settings: structuredClone(DEFAULT_SETTINGS),
  };
}
