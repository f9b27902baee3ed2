/**
 * Ids for accounts' tag lists, as written: accounts repeat a few lists ("fintech, emea"), and
 * the review reads each list once (its segment keys, its breakdown rows) however many
 * accounts carry it. A list is found by walking a small trie of its tags, so no text is
 * joined per account (at 100,000 accounts the joins were most of the work's garbage).
 */

interface Node {
  id: number;
  next: Map<string, Node> | null;
}

export class TagListIds {
  private readonly root: Node = { id: -1, next: null };
  /** Each id's list (the first array seen with it). */
  readonly lists: (readonly string[])[] = [];

  idOf(tags: readonly string[]): number {
    let node = this.root;
    for (let k = 0; k < tags.length; k++) {
      const tag = tags[k] as string;
      if (!node.next) node.next = new Map();
      let child = node.next.get(tag);
      if (!child) node.next.set(tag, (child = { id: -1, next: null }));
      node = child;
    }
    if (node.id < 0) node.id = this.lists.push(tags) - 1;
    return node.id;
  }

  /** The id of each account's list, by position. */
  static of(accounts: readonly { tags: readonly string[] }[]): {
    ids: TagListIds;
    listOf: Int32Array;
  } {
    const ids = new TagListIds();
    const listOf = new Int32Array(accounts.length);
    for (let p = 0; p < accounts.length; p++)
      listOf[p] = ids.idOf((accounts[p] as { tags: readonly string[] }).tags);
    return { ids, listOf };
  }
}
