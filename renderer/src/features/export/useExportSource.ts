/** The workspace tables an export reads, live from the store (undefined while loading). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ExportSource } from '../../../../shared/export/exportTypes';
import { db } from '../../store/db';
import { loadSettings } from '../../store/settings';

async function loadExportSource(): Promise<ExportSource> {
  const [
    accounts,
    owners,
    motions,
    blackouts,
    raciGrids,
    exportProfiles,
    conflictAcceptances,
    settings,
  ] = await Promise.all([
    db.accounts.toArray(),
    db.owners.toArray(),
    db.motions.toArray(),
    db.blackouts.toArray(),
    db.raciGrids.toArray(),
    db.exportProfiles.toArray(),
    db.conflictAcceptances.toArray(),
    loadSettings(),
  ]);
  return {
    accounts,
    owners,
    motions,
    blackouts,
    raciGrids,
    exportProfiles,
    conflictAcceptances,
    settings,
  };
}

export function useExportSource(): ExportSource | undefined {
  return useLiveQuery(loadExportSource, []);
}
