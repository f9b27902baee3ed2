/**
 * The duplicate-outreach engine's input and output shapes. The engine reads a plan (accounts,
 * motions with their audiences already resolved to account positions, blackouts, settings)
 * and reports conflicts; nothing here is ever stored as truth.
 */
import type {
  Account,
  Blackout,
  ConflictRule,
  IsoDate,
  Motion,
  Settings,
  Severity,
  Side,
} from '../domain/types';

/** The account fields the rules read; a full Account fits. */
export type ConflictAccount = Pick<
  Account,
  'id' | 'name' | 'status' | 'tier' | 'tags' | 'primaryTeam'
>;

/** The motion fields the rules and resolutions read; a full Motion fits. */
export type ConflictMotion = Pick<
  Motion,
  | 'id'
  | 'name'
  | 'team'
  | 'channel'
  | 'start'
  | 'end'
  | 'touchesPerWeek'
  | 'theme'
  | 'status'
  | 'audience'
  | 'accountDates'
>;

export type ConflictSettings = Pick<
  Settings,
  'weeklyTouchCap' | 'severities' | 'directChannels' | 'emailChannels'
> &
  // Absent (a plan built before person pressure): the default cap of 2.
  Partial<Pick<Settings, 'personTouchCap'>>;

/**
 * A person at an account as the person-pressure rule reads them (built from the contacts by
 * shared/contacts/conflictPeople.ts). Only matched people are in a plan.
 */
export interface ConflictPerson {
  id: string;
  name: string;
  /** Position in ConflictPlan.accounts of the account the person is matched to. */
  account: number;
  /** The person's persona ('' for none), compared without case to a motion's personas. */
  persona: string;
  emailOptOut: boolean;
  doNotCall: boolean;
  hasEmail: boolean;
}

/** Account positions (indexes into plan.accounts) in any order, without repeats. */
export type AudienceMembers = Int32Array | readonly number[];

export interface ConflictPlan {
  accounts: readonly ConflictAccount[];
  motions: readonly ConflictMotion[];
  /** audiences[i] is motions[i]'s resolved audience. */
  audiences: readonly AudienceMembers[];
  blackouts: readonly Blackout[];
  settings: ConflictSettings;
  /** The people the person-pressure rule counts touches for; absent or empty: no people. */
  people?: readonly ConflictPerson[];
}

export interface ConflictWindow {
  first: IsoDate;
  last: IsoDate;
}

export type Resolution =
  | {
      kind: 'shift-motion';
      motionId: string;
      /** The motion keeps its length and starts the day after `afterName` ends. */
      start: IsoDate;
      end: IsoDate;
      afterName: string;
      label: string;
    }
  | { kind: 'exclude-accounts'; motionId: string; label: string }
  | {
      kind: 'set-primary-team';
      side: Side;
      /** Motions of the other side the accounts are taken out of in the same step. */
      silenceMotionIds: string[];
      label: string;
    }
  | { kind: 'accept'; label: string };

/** One person's touches in a week (person pressure). */
export interface PersonTouches {
  id: string;
  name: string;
  touches: number;
}

/** One rule broken on one account. */
export interface Conflict {
  /** hash of rule + motion ids (+ blackout id or week) + account id. */
  id: string;
  groupId: string;
  rule: ConflictRule;
  severity: Severity;
  motionIds: string[];
  accountId: string;
  blackoutId: string | null;
  window: ConflictWindow;
  /** Contact pressure: touches in the week; person pressure: the most one person gets. */
  touches: number | null;
  /** Person pressure only: the people over the cap in the week, most touched first. */
  people?: PersonTouches[];
  explanation: string;
  resolutions: Resolution[];
}

/** All accounts on which one rule fires for the same motions (or motion + blackout, or week). */
export interface ConflictGroup {
  id: string;
  /** The group's place in the index that produced it (record kind and its two numbers). */
  ref: readonly [kind: number, a: number, b: number];
  rule: ConflictRule;
  severity: Severity;
  /** For contact and person pressure: empty (the motions differ by account; see the drill-down). */
  motionIds: string[];
  blackoutId: string | null;
  /** Contact and person pressure: the Monday of the week. */
  week: IsoDate | null;
  title: string;
  accountCount: number;
  window: ConflictWindow;
  resolutions: Resolution[];
}
