/**
 * The sample workspace a newcomer opens from the first-start screen. Each feature contributes
 * its own generator; all are deterministic so the sample looks the same every time.
 */
import type { IsoDate } from '../domain/types';
import { sequentialIds } from '../domain/ids';
import { emptyWorkspace, type WorkspaceData } from '../workspace/workspaceData';
import { buildSampleAccounts } from './accounts';
import { sampleRaciGrids } from './raci';
import { sampleMotions } from './motions';
import { sampleAcceptances } from './conflicts';
import { sampleOwners, withSampleCrmValues } from './owners';
import { sampleResults } from './results';
import { sampleAgreement } from './agreement';
import { sampleContacts, withSampleCampaignMembers } from './contacts';

export function buildSampleWorkspace(today: IsoDate): WorkspaceData {
  const ids = sequentialIds('sample');
  const ws = emptyWorkspace();
  const { accounts, icpProfiles, talSnapshots } = buildSampleAccounts(
    today,
    ids,
    ws.settings.fiscalYearStartMonth,
  );
  ws.accounts = withSampleCrmValues(accounts);
  ws.icpProfiles = icpProfiles;
  ws.talSnapshots = talSnapshots;
  const { motions, blackouts } = sampleMotions(
    accounts,
    today,
    ids,
    ws.settings.fiscalYearStartMonth,
  );
  ws.motions = withSampleCampaignMembers(motions);
  ws.blackouts = blackouts;
  ws.conflictAcceptances = sampleAcceptances(
    ws.accounts,
    ws.motions,
    ws.blackouts,
    ws.settings,
    today,
  );
  ws.raciGrids = sampleRaciGrids(ids, `${today}T09:00:00.000Z`);
  ws.owners = sampleOwners(ids, `${today}T09:00:00.000Z`);
  const results = sampleResults(
    ws.accounts,
    ws.motions,
    today,
    ws.settings.fiscalYearStartMonth,
    `${today}T09:00:00.000Z`,
  );
  ws.opportunities = results.opportunities;
  ws.settings.budgetAllocations = results.allocations;
  ws.operatingAgreements = [sampleAgreement(today)];
  ws.contacts = sampleContacts(ws.accounts, ids, `${today}T09:00:00.000Z`);
  return ws;
}
