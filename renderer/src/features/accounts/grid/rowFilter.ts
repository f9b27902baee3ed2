/**
 * A view query's column filters and quick search as one predicate over the rows
 * (accountView.ts). The text a quick search looks in is built once per row and kept while
 * the searched columns (and the context their values come from) stay the same.
 */
import type { Account } from '../../../../../shared/domain/types';
import { filterPredicate, quickSearchText, quickSearchWords } from './gridFilter';
import { columnValueOf } from './accountValues';
import { contextId, readsContext, type ViewQuery } from './viewQuery';

export class RowFilter {
  private quickText = new WeakMap<Account, string>();
  private quickSignature = '';

  /** The rows `q` keeps; null when it keeps every row. */
  passes(q: ViewQuery): ((a: Account) => boolean) | null {
    const keep = filterPredicate<Account>(q.filter, (a, col) => columnValueOf(col, a, q.context));
    const words = quickSearchWords(q.quick);
    if (!keep && words.length === 0) return null;
    const quickSig = `${q.quickColumns.join(',')}@${readsContext(q) ? contextId(q.context) : '-'}`;
    if (quickSig !== this.quickSignature) {
      this.quickText = new WeakMap();
      this.quickSignature = quickSig;
    }
    return (a) => (!keep || keep(a)) && (words.length === 0 || this.matchesWords(a, words, q));
  }

  private matchesWords(a: Account, words: string[], q: ViewQuery): boolean {
    let text = this.quickText.get(a);
    if (text === undefined) {
      text = quickSearchText(q.quickColumns.map((c) => columnValueOf(c, a, q.context)));
      this.quickText.set(a, text);
    }
    return words.every((w) => (text as string).includes(w));
  }
}
