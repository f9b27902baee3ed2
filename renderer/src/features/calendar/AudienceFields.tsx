/**
 * The audience part of the motion editor: tiers, segment tags, whether both must match, include
 * and exclude lists, the rule in one sentence with its live count, and a warning when the
 * include list names non-target accounts, and the personas its campaign members are limited to.
 */
import { useMemo, useState } from 'react';
import {
  TIERS,
  type Audience,
  type AudienceMatch,
  type Tier,
} from '../../../../shared/domain/types';
import { offListIncludes, segmentKeys } from '../../../../shared/motions/audience';
import { audienceBreakdown, audienceSentence } from '../../../../shared/motions/audienceSentence';
import { countOf } from '../../../../shared/text/countOf';
import { AccountListField } from './AccountListField';
import { PersonasField } from './PersonasField';
import type { AccountData } from './calendarData';

const MATCH_CHOICES: { value: AudienceMatch; label: string }[] = [
  { value: 'all', label: 'Match all: in a ticked tier and a ticked segment' },
  { value: 'any', label: 'Match any: in a ticked tier or a ticked segment' },
];

interface Props {
  audience: Audience;
  data: AccountData | null;
  onChange: (audience: Audience) => void;
}

export function AudienceFields({ audience, data, onChange }: Props) {
  const [newSegment, setNewSegment] = useState('');
  const segments = useMemo(() => {
    const known = data ? segmentKeys(data.index) : [];
    return [...new Set([...known, ...audience.segments])];
  }, [data, audience.segments]);
  const counts = data ? audienceBreakdown(data.index, audience) : null;
  const offList = data ? offListIncludes(data.index, audience) : [];
  const set = (patch: Partial<Audience>) => onChange({ ...audience, ...patch });
  const toggleTier = (tier: Tier) =>
    set({
      tiers: audience.tiers.includes(tier)
        ? audience.tiers.filter((t) => t !== tier)
        : [...audience.tiers, tier].sort(),
    });
  const toggleSegment = (s: string) =>
    set({
      segments: audience.segments.includes(s)
        ? audience.segments.filter((x) => x !== s)
        : [...audience.segments, s],
    });

  return (
    <div className="cal-audience">
      <fieldset>
        <legend>Tiers (target accounts)</legend>
        {TIERS.map((tier) => (
          <label key={tier} className="cal-check">
            <input
              type="checkbox"
              checked={audience.tiers.includes(tier)}
              onChange={() => toggleTier(tier)}
            />
            Tier {tier}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Segments (target accounts with any of them)</legend>
        <div className="cal-segments">
          {segments.map((s) => (
            <label key={s} className="cal-check">
              <input
                type="checkbox"
                checked={audience.segments.includes(s)}
                onChange={() => toggleSegment(s)}
              />
              {s}
            </label>
          ))}
        </div>
        <label>
          Add a segment tag{' '}
          <input value={newSegment} onChange={(e) => setNewSegment(e.target.value)} />
        </label>{' '}
        <button
          type="button"
          disabled={!newSegment.trim()}
          onClick={() => {
            if (!audience.segments.includes(newSegment.trim())) toggleSegment(newSegment.trim());
            setNewSegment('');
          }}
        >
          Add segment
        </button>
      </fieldset>
      <fieldset className="cal-match">
        <legend>Tiers and segments together</legend>
        {MATCH_CHOICES.map((choice) => (
          <label key={choice.value} className="cal-check">
            <input
              type="radio"
              name="audience-match"
              value={choice.value}
              checked={audience.match === choice.value}
              onChange={() => set({ match: choice.value })}
            />
            {choice.label}
          </label>
        ))}
        {(audience.tiers.length === 0 || audience.segments.length === 0) && (
          <span className="muted"> (matters once both a tier and a segment are ticked)</span>
        )}
      </fieldset>
      <AccountListField
        label="Include"
        ids={audience.include}
        data={data}
        onChange={(include) => set({ include })}
      />
      <AccountListField
        label="Exclude"
        ids={audience.exclude}
        data={data}
        onChange={(exclude) => set({ exclude })}
      />
      <PersonasField audience={audience} onChange={onChange} />
      <p className="cal-count" role="status" aria-label="Audience size">
        {counts === null ? 'Counting accounts…' : audienceSentence(audience, counts)}
      </p>
      {offList.length > 0 && (
        <p className="cal-warn" role="alert">
          Off-list targeting:{' '}
          {countOf(offList.length, 'included account is', 'included accounts are')} not targets:{' '}
          {offList
            .slice(0, 5)
            .map((id) => data?.byId.get(id)?.name ?? id)
            .join(', ')}
          {offList.length > 5 ? '…' : ''}
        </p>
      )}
    </div>
  );
}
