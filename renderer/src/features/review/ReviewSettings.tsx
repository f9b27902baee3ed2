/**
 * The review's settings where the review is read: the influence window, the planned touches
 * per tier and the chosen quarter's budget allocation per side. Each change is one undo step.
 */
import type { PlannedTouches, Settings } from '../../../../shared/domain/types';
import { saveSettings } from '../../store/settings';

function NumberField(props: {
  label: string;
  value: number | null;
  onCommit: (n: number | null) => void;
  allowEmpty?: boolean;
}) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={0}
        defaultValue={props.value ?? ''}
        key={String(props.value)}
        onBlur={(e) => {
          const raw = e.target.value.trim();
          const n = raw === '' ? null : Number(raw);
          if (n === null ? !props.allowEmpty : !Number.isFinite(n) || n < 0) return;
          if (n !== props.value) props.onCommit(n);
        }}
      />
    </label>
  );
}

export function ReviewSettings({ settings, quarter }: { settings: Settings; quarter: string }) {
  const allocation = settings.budgetAllocations[quarter] ?? { marketing: null, sales: null };
  const plan = (key: keyof PlannedTouches) => (n: number | null) =>
    void saveSettings(
      (s) => ({ plannedTouchesPerTier: { ...s.plannedTouchesPerTier, [key]: n ?? 0 } }),
      'Change planned touches',
    );
  const allocate = (side: 'marketing' | 'sales') => (n: number | null) =>
    void saveSettings(
      (s) => ({
        budgetAllocations: {
          ...s.budgetAllocations,
          [quarter]: {
            ...(s.budgetAllocations[quarter] ?? { marketing: null, sales: null }),
            [side]: n,
          },
        },
      }),
      `Change the ${quarter} budget allocation`,
    );
  return (
    <fieldset className="review-settings">
      <legend>Review settings</legend>
      <NumberField
        label="Influence window (days after a motion)"
        value={settings.influenceWindowDays}
        onCommit={(n) =>
          void saveSettings(
            { influenceWindowDays: Math.round(n ?? 0) },
            'Change the influence window',
          )
        }
      />
      <NumberField
        label="Planned touches, Tier 1"
        value={settings.plannedTouchesPerTier.tier1}
        onCommit={plan('tier1')}
      />
      <NumberField
        label="Tier 2"
        value={settings.plannedTouchesPerTier.tier2}
        onCommit={plan('tier2')}
      />
      <NumberField
        label="Tier 3"
        value={settings.plannedTouchesPerTier.tier3}
        onCommit={plan('tier3')}
      />
      <NumberField
        label={`${quarter} marketing campaigns allocation`}
        value={allocation.marketing}
        allowEmpty
        onCommit={allocate('marketing')}
      />
      <NumberField
        label={`${quarter} sales enablement allocation`}
        value={allocation.sales}
        allowEmpty
        onCommit={allocate('sales')}
      />
    </fieldset>
  );
}
