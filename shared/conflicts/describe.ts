/**
 * Turns a rule broken by given motions into what the user reads and can do: the group title,
 * the one-sentence explanation for one account, and the possible resolutions.
 */
import { addDays, daysBetween } from '../dates/calendarDate';
import type { Blackout, ConflictRule, IsoDate, Side } from '../domain/types';
import type { ConflictAccount, ConflictMotion, ConflictWindow, Resolution } from './types';
import { formatTouches, shortDate, sideOf, windowText } from './wording';

export interface RuleSubject {
  rule: ConflictRule;
  motions: ConflictMotion[];
  blackout: Blackout | null;
  window: ConflictWindow;
  /** Contact pressure: touches in the week and the cap (person pressure: the most one person gets). */
  touches?: number;
  cap?: number;
  /** Person pressure: the people over the cap, most touched first. */
  people?: { name: string; touches: number }[];
}

export function groupTitle(s: RuleSubject): string {
  const [x, y] = s.motions;
  switch (s.rule) {
    case 'cross-team':
    case 'same-channel':
    case 'messaging-clash':
      return `${x?.name} ↔ ${y?.name}`;
    case 'contact-pressure':
      return `Over ${s.cap} touches in the week of ${shortDate(s.window.first)}`;
    case 'primary-owner':
      return `${x?.name} on accounts ${x && sideOf(x) === 'sales' ? 'marketing' : 'sales'} owns`;
    case 'blackout':
      return `${x?.name} during blackout “${s.blackout?.reason || 'blackout'}”`;
    case 'off-list':
      return `${x?.name} includes accounts that are not targets`;
    case 'person-pressure':
      return `Over ${s.cap} touches per person in the week of ${shortDate(s.window.first)}`;
  }
}

/** "Ann Lee (3) and Bo Li (2.5)", "Ann Lee (3), Bo Li (3) and 4 more". */
function peopleText(people: readonly { name: string; touches: number }[]): string {
  const shown = people
    .slice(0, 3)
    .map((p) => `${p.name || 'someone'} (${formatTouches(p.touches)})`);
  const more = people.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function explain(s: RuleSubject, account: ConflictAccount): string {
  const [x, y] = s.motions;
  const when = windowText(s.window);
  const name = account.name || account.id;
  switch (s.rule) {
    case 'cross-team':
      return `${name} is reached by marketing and sales at once: ${bySide(x, y)}, ${when}.`;
    case 'same-channel':
      return `${name} gets ${x?.channel} from two ${x ? sideOf(x) : ''} motions at once, ${x?.name} and ${y?.name}, ${when}.`;
    case 'contact-pressure':
      return `${name} would get ${formatTouches(s.touches ?? 0)} touches in the week of ${shortDate(s.window.first)}, over the cap of ${s.cap}.`;
    case 'primary-owner':
      return `${name}'s primary outreach team is ${account.primaryTeam}, but ${x ? sideOf(x) : ''}'s ${x?.name} reaches it ${when}.`;
    case 'blackout':
      return `${x?.name} reaches ${name} during the blackout “${s.blackout?.reason || 'blackout'}”, ${when}.`;
    case 'messaging-clash':
      return `${name} hears “${x?.theme.trim()}” from ${x?.name} and “${y?.theme.trim()}” from ${y?.name} at the same time, ${when}.`;
    case 'off-list':
      return `${x?.name} names ${name} in its include list although it is ${account.status === 'removed' ? 'removed' : 'a candidate'}, not a target.`;
    case 'person-pressure': {
      const people = s.people ?? [];
      const who = people.length === 1 ? 'person' : 'people';
      const names = s.motions.map((m) => m.name).join(', ');
      return `${people.length} ${who} at ${name} would get more than ${s.cap} touches in the week of ${shortDate(s.window.first)}: ${peopleText(people)}, from ${names}.`;
    }
  }
}

function bySide(x: ConflictMotion | undefined, y: ConflictMotion | undefined): string {
  const part = (m: ConflictMotion | undefined) =>
    m ? `${m.name} (${sideOf(m)}, ${m.channel})` : '';
  return `${part(x)} and ${part(y)}`;
}

/** Start `m` the day after `day`, keeping its length. */
function shiftAfter(m: ConflictMotion, day: IsoDate, afterName: string): Resolution {
  const start = addDays(day, 1);
  const end = addDays(start, daysBetween(m.start, m.end));
  return {
    kind: 'shift-motion',
    motionId: m.id,
    start,
    end,
    afterName,
    label: `Move ${m.name} to start ${shortDate(start)}, after ${afterName} ends`,
  };
}

function exclude(m: ConflictMotion): Resolution {
  return { kind: 'exclude-accounts', motionId: m.id, label: `Exclude the accounts from ${m.name}` };
}

function primary(side: Side, silence: ConflictMotion[]): Resolution {
  const names = silence.map((m) => m.name).join(', ');
  return {
    kind: 'set-primary-team',
    side,
    silenceMotionIds: silence.map((m) => m.id),
    label: silence.length
      ? `Make ${side} the primary outreach team and take the accounts out of ${names}`
      : `Make ${side} the primary outreach team`,
  };
}

const ACCEPT: Resolution = { kind: 'accept', label: 'Accept with a note' };

export function resolutions(s: RuleSubject): Resolution[] {
  const [x, y] = s.motions;
  const out: Resolution[] = [];
  if (s.rule === 'cross-team' || s.rule === 'same-channel' || s.rule === 'messaging-clash') {
    if (!x || !y) return [ACCEPT];
    out.push(shiftAfter(x, y.end, y.name), shiftAfter(y, x.end, x.name), exclude(x), exclude(y));
    if (s.rule === 'cross-team') {
      const [mkt, sales] = sideOf(x) === 'marketing' ? [x, y] : [y, x];
      out.push(primary('marketing', [sales]), primary('sales', [mkt]));
    }
  } else if (s.rule === 'contact-pressure' || s.rule === 'person-pressure') {
    for (const m of s.motions) out.push(exclude(m));
  } else if (s.rule === 'primary-owner' && x) {
    out.push(exclude(x), primary(sideOf(x), []));
  } else if (s.rule === 'blackout' && x && s.blackout) {
    out.push(shiftAfter(x, s.blackout.end, `the blackout “${s.blackout.reason || 'blackout'}”`));
    out.push(exclude(x));
  } else if (s.rule === 'off-list' && x) {
    out.push(exclude(x));
  }
  out.push(ACCEPT);
  return out;
}
