/**
 * The sample workspace's RACI grids: the article's ABM responsibility matrix and the lead
 * lifecycle ownership, straight from their templates (so the sample shows the validator's
 * findings a team meets on day one).
 */
import type { IdGenerator } from '../domain/ids';
import type { IsoDateTime, RaciGrid } from '../domain/types';
import {
  abmResponsibilityTemplate,
  gridFromTemplate,
  leadLifecycleTemplate,
} from '../raci/templates';

export function sampleRaciGrids(ids: IdGenerator, now: IsoDateTime): RaciGrid[] {
  return [
    gridFromTemplate(abmResponsibilityTemplate, ids, now),
    gridFromTemplate(leadLifecycleTemplate, ids, now),
  ];
}
