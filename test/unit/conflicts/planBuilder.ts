/** Small builders for hand-made plans: accounts, motions and blackouts with sensible defaults. */
import { DEFAULT_SETTINGS } from '../../../shared/domain/defaults';
import type { Blackout, Channel, Team, Tier } from '../../../shared/domain/types';
import { resolveAudiences } from '../../../shared/conflicts/audiences';
import { detectConflicts, allConflicts } from '../../../shared/conflicts';
import type {
  ConflictAccount,
  ConflictMotion,
  ConflictPlan,
} from '../../../shared/conflicts/types';

export function account(id: string, fields: Partial<ConflictAccount> = {}): ConflictAccount {
  return { id, name: id, status: 'target', tier: 1, tags: [], primaryTeam: null, ...fields };
}

export interface MotionSpec extends Partial<Omit<ConflictMotion, 'audience'>> {
  tiers?: Tier[];
  segments?: string[];
  include?: string[];
  exclude?: string[];
  match?: 'all' | 'any';
}

export function motion(
  id: string,
  team: Team,
  channel: Channel,
  start: string,
  end: string,
  spec: MotionSpec = {},
): ConflictMotion {
  const { tiers = [1], segments = [], include = [], exclude = [], match = 'all', ...rest } = spec;
  return {
    id,
    name: id,
    team,
    channel,
    start,
    end,
    touchesPerWeek: 0,
    theme: '',
    status: 'Planned',
    audience: { tiers, segments, match, include, exclude },
    ...rest,
  };
}

export function blackout(
  id: string,
  scope: Blackout['scope'],
  start: string,
  end: string,
): Blackout {
  return { id, scope, start, end, reason: id };
}

export function plan(
  accounts: ConflictAccount[],
  motions: ConflictMotion[],
  blackouts: Blackout[] = [],
  settings: Partial<ConflictPlan['settings']> = {},
): ConflictPlan {
  return {
    accounts,
    motions,
    audiences: resolveAudiences(accounts, motions),
    blackouts,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

export function conflictsOf(p: ConflictPlan) {
  return [...allConflicts(detectConflicts(p))];
}
