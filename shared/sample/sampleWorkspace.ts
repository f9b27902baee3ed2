/**
 * The sample workspace a newcomer opens from the first-start screen. Each feature contributes
 * its own generator; all are deterministic so the sample looks the same every time.
 */
import type { IsoDate } from '../domain/types';
import { emptyWorkspace, type WorkspaceData } from '../workspace/workspaceData';

export function buildSampleWorkspace(today: IsoDate): WorkspaceData {
  void today;
  return emptyWorkspace();
}
