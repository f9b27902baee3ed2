/**
 * The hybrid logical clock that stamps every edit a merge has to order: wall time (ms) +
 * a counter + the installation id. Stamps are strings of fixed layout, so comparing two is a
 * plain string comparison (a total order), and a clock never hands out a stamp at or below
 * one it has handed out or received, even when the wall clock steps back.
 *
 * Layout: 9 base-36 digits of wall ms, '-', 4 base-36 digits of counter, '-', installation id.
 * ZERO_STAMP is older than every real stamp: rows written before stamps existed carry it.
 */

/** An HLC stamp, e.g. 'mhb2x9k1c-0000-3f9a…'. Compare with < / > (see compareStamps). */
export type Stamp = string;

const WALL_DIGITS = 9;
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
const NODE_OFFSET = WALL_DIGITS + 1 + COUNTER_DIGITS + 1;

/** Older than every real stamp; its installation id is '' (no installation). */
export const ZERO_STAMP: Stamp = `${'0'.repeat(WALL_DIGITS)}-${'0'.repeat(COUNTER_DIGITS)}-`;

export interface StampParts {
  wall: number;
  counter: number;
  installationId: string;
}

export function formatStamp({ wall, counter, installationId }: StampParts): Stamp {
  return `${wall.toString(36).padStart(WALL_DIGITS, '0')}-${counter
    .toString(36)
    .padStart(COUNTER_DIGITS, '0')}-${installationId}`;
}

const STAMP_PATTERN = /^[0-9a-z]{9}-[0-9a-z]{4}-[^\s]*$/;

export function isStamp(value: unknown): value is Stamp {
  return typeof value === 'string' && STAMP_PATTERN.test(value);
}

export function parseStamp(stamp: Stamp): StampParts {
  return {
    wall: parseInt(stamp.slice(0, WALL_DIGITS), 36),
    counter: parseInt(stamp.slice(WALL_DIGITS + 1, NODE_OFFSET - 1), 36),
    installationId: stamp.slice(NODE_OFFSET),
  };
}

/** The installation that made the stamp ('' for ZERO_STAMP). */
export function stampInstallation(stamp: Stamp): string {
  return stamp.slice(NODE_OFFSET);
}

export function compareStamps(a: Stamp, b: Stamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxStamp(a: Stamp, b: Stamp): Stamp {
  return a >= b ? a : b;
}

export interface HybridLogicalClock {
  readonly installationId: string;
  /** A new stamp, greater than every stamp this clock has made or received. */
  tick(): Stamp;
  /** Takes note of a stamp from elsewhere, so the next tick is after it. */
  receive(stamp: Stamp): void;
  /** The newest stamp made or received (ZERO_STAMP before any). */
  last(): Stamp;
}

/**
 * A clock for one installation. `now` is injected (ms since the epoch) so tests and the
 * property suite run on a fixed or adversarial clock; `after` resumes from a stamp already
 * written (e.g. the newest in the workspace) so a restart never reissues a stamp.
 */
export function createHlc(
  installationId: string,
  now: () => number,
  after: Stamp = ZERO_STAMP,
): HybridLogicalClock {
  if (installationId === '' || /[\s]/.test(installationId)) {
    throw new Error(`an installation id must be non-empty and without spaces: "${installationId}"`);
  }
  let { wall, counter } = parseStamp(after);
  let latest: Stamp = after;
  const advanceTo = (w: number, c: number) => {
    if (c > MAX_COUNTER) {
      // 1.7 million edits in one millisecond: borrow the next millisecond instead of wrapping.
      wall = w + 1;
      counter = 0;
    } else {
      wall = w;
      counter = c;
    }
  };
  return {
    installationId,
    tick() {
      const physical = Math.floor(now());
      if (physical > wall) advanceTo(physical, 0);
      else advanceTo(wall, counter + 1);
      latest = maxStamp(latest, formatStamp({ wall, counter, installationId }));
      return formatStamp({ wall, counter, installationId });
    },
    receive(stamp) {
      if (stamp <= latest) return;
      const other = parseStamp(stamp);
      if (other.wall > wall || (other.wall === wall && other.counter > counter)) {
        wall = other.wall;
        counter = other.counter;
      }
      latest = stamp;
    },
    last: () => latest,
  };
}
