/**
 * What the bulk edit bar writes: its choices as a field edit of the selected accounts
 * (store/accountFieldEdit.ts), the fields it sets and their values, column by column. Only
 * the owner (whose e-mail may depend on the row) and the tags (added to and removed from
 * each row's own) are worked out row by row; every other field has one value for all rows.
 */
import type { Account, Side, Tier } from '../../../../shared/domain/types';
import { ownerFields, parseTags } from '../../../../shared/accounts';
import type { OwnerDirectory } from '../../../../shared/owners';
import type { AccountFieldEdit, FieldValues } from '../../store/changes';
import { mapInSlices } from './slicedWork';

/** The bar's choices; '' keeps a field as it is. */
export interface BulkChoices {
  tier: string;
  status: string;
  team: string;
  owner: string;
  addTags: string;
  removeTags: string;
}

export function choosesNothing(c: BulkChoices): boolean {
  return !c.tier && !c.status && !c.team && !c.owner.trim() && !c.addTags && !c.removeTags;
}

/** The field edit for the choices on `selected`, stamped `now`; per-row values in slices. */
export async function bulkFieldEdit(
  selected: readonly Account[],
  c: BulkChoices,
  owners: OwnerDirectory,
  now: string,
  onProgress?: (done: number) => void,
): Promise<AccountFieldEdit> {
  const fields: FieldValues[] = [{ field: 'updatedAt', value: now }];
  if (c.tier)
    fields.push({ field: 'tier', value: c.tier === 'none' ? null : (Number(c.tier) as Tier) });
  if (c.status) {
    fields.push({ field: 'status', value: c.status as Account['status'] });
    fields.push({ field: 'removedReason', value: '' });
  }
  if (c.team)
    fields.push({ field: 'primaryTeam', value: c.team === 'none' ? null : (c.team as Side) });
  const owner = c.owner.trim();
  const add = parseTags(c.addTags);
  const drop = new Set(parseTags(c.removeTags).map((t) => t.toLowerCase()));
  const withTags = add.length > 0 || drop.size > 0;
  if (owner || withTags) {
    const perRow = await mapInSlices(
      selected,
      (a) => ({
        owner: owner ? ownerFields(a, owner, owners) : null,
        tags: withTags ? editTags(a.tags, add, drop) : null,
      }),
      onProgress,
    );
    if (owner) {
      fields.push({ field: 'owner', values: perRow.map((r) => r.owner?.owner) });
      fields.push({ field: 'ownerEmail', values: perRow.map((r) => r.owner?.ownerEmail) });
    }
    if (withTags) fields.push({ field: 'tags', values: perRow.map((r) => r.tags) });
  }
  return { ids: selected.map((a) => a.id), fields };
}

/** The row's tags without the dropped ones (any case), then the added ones it lacks. */
function editTags(tags: readonly string[], add: readonly string[], drop: Set<string>): string[] {
  const out = tags.filter((t) => !drop.has(t.toLowerCase()));
  for (const t of add) if (!out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  return out;
}
