/**
 * Which of the pair rules (1 cross-team, 2 same-channel, 6 messaging clash) two overlapping
 * motions break, and at what severity. Rule 1's setting is the severity of an email–email
 * collision; any other channel pair is one step lower (block → warn → info, never below info).
 */
import type { ConflictRule, Severity } from '../domain/types';
import type { CompiledPlan } from './compiledPlan';

export function pairRules(p: CompiledPlan, x: number, y: number): ConflictRule[] {
  const rules: ConflictRule[] = [];
  if (p.mDirect[x] && p.mDirect[y]) {
    if (p.mSide[x] !== p.mSide[y]) rules.push('cross-team');
    else if (p.mChannel[x] === p.mChannel[y]) rules.push('same-channel');
  }
  const tx = p.mTheme[x]!;
  const ty = p.mTheme[y]!;
  if (tx !== 0 && ty !== 0 && tx !== ty) rules.push('messaging-clash');
  return rules;
}

export function pairRuleCount(p: CompiledPlan, x: number, y: number): number {
  let n = 0;
  if (p.mDirect[x] && p.mDirect[y]) {
    if (p.mSide[x] !== p.mSide[y] || p.mChannel[x] === p.mChannel[y]) n++;
  }
  const tx = p.mTheme[x]!;
  const ty = p.mTheme[y]!;
  if (tx !== 0 && ty !== 0 && tx !== ty) n++;
  return n;
}

export function stepDown(severity: Severity): Severity {
  return severity === 'block' ? 'warn' : 'info';
}

export function severityOf(p: CompiledPlan, rule: ConflictRule, x: number, y: number): Severity {
  const setting = p.severities[rule];
  if (rule !== 'cross-team') return setting;
  return p.mEmail[x] && p.mEmail[y] ? setting : stepDown(setting);
}
