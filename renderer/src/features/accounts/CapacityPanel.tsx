/** Owners' capacity: accounts per owner by tier, warning past the Tier 1 limit (a setting). */
import type { Account } from '../../../../shared/domain/types';
import { ownerCapacity } from '../../../../shared/accounts';
import type { OwnerDirectory } from '../../../../shared/owners';
import { useSettings } from '../../store/settings';

export function CapacityPanel({
  accounts,
  owners,
}: {
  accounts: Account[];
  owners: OwnerDirectory;
}) {
  const settings = useSettings();
  const limit = settings.tier1CapacityPerOwner;
  const loads = ownerCapacity(accounts, limit, owners);
  const over = loads.filter((l) => l.overCapacity);
  return (
    <section className="side-panel" aria-labelledby="capacity-heading">
      <h2 id="capacity-heading">Owners' capacity</h2>
      {over.length > 0 ? (
        <p role="alert" className="warning">
          {over.map((l) => l.owner).join(', ')} {over.length === 1 ? 'holds' : 'hold'} more than{' '}
          {limit} Tier 1 accounts.
        </p>
      ) : (
        <p className="muted">Everyone is within {limit} Tier 1 accounts.</p>
      )}
      <table className="panel-table">
        <thead>
          <tr>
            <th scope="col">Owner</th>
            <th scope="col">Tier 1</th>
            <th scope="col">Tier 2</th>
            <th scope="col">Tier 3</th>
            <th scope="col">No tier</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {loads.map((l) => (
            <tr key={l.owner + l.ownerEmail} className={l.overCapacity ? 'over' : undefined}>
              <th scope="row">{l.owner}</th>
              <td>
                {l.tier1}
                {l.overCapacity && <span className="warning"> ⚠ over {limit}</span>}
              </td>
              <td>{l.tier2}</td>
              <td>{l.tier3}</td>
              <td>{l.untiered}</td>
              <td>{l.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
