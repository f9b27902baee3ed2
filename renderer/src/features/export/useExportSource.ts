/** The workspace tables an export reads, live from the store (undefined while loading). */
import { useMemo } from 'react';
import type { ExportSource } from '../../../../shared/export/exportTypes';
import { useLive } from '../../store/liveTables';

export function useExportSource(): ExportSource | undefined {
  const accounts = useLive('accounts');
  const owners = useLive('owners');
  const contacts = useLive('contacts');
  const motions = useLive('motions');
  const blackouts = useLive('blackouts');
  const raciGrids = useLive('raciGrids');
  const exportProfiles = useLive('exportProfiles');
  const conflictAcceptances = useLive('conflictAcceptances');
  const operatingAgreements = useLive('operatingAgreements');
  const settings = useLive('settings');
  return useMemo(() => {
    if (
      !accounts ||
      !owners ||
      !contacts ||
      !motions ||
      !blackouts ||
      !raciGrids ||
      !exportProfiles ||
      !conflictAcceptances ||
      !operatingAgreements ||
      !settings
    ) {
      return undefined;
    }
    return {
      accounts,
      owners,
      contacts,
      motions,
      blackouts,
      raciGrids,
      exportProfiles,
      conflictAcceptances,
      operatingAgreements,
      settings,
    };
  }, [
    accounts,
    owners,
    contacts,
    motions,
    blackouts,
    raciGrids,
    exportProfiles,
    conflictAcceptances,
    operatingAgreements,
    settings,
  ]);
}
