/**
 * Finds a value nested deeper than a limit, without recursion. JSON.parse accepts any depth,
 * but cloning, validating and writing the document back are recursive and would overflow the
 * stack on a crafted file; a real workspace is never more than a dozen levels deep.
 */
export const MAX_WORKSPACE_DEPTH = 64;

interface Node {
  value: object;
  key: string;
  parent: Node | null;
  depth: number;
}

function pathOf(node: Node): string[] {
  const path: string[] = [];
  for (let at: Node | null = node; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** The path of the first object or list found deeper than `limit`, or null when none is. */
export function pathDeeperThan(root: unknown, limit: number): string[] | null {
  if (typeof root !== 'object' || root === null) return null;
  const stack: Node[] = [{ value: root, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.depth > limit) return pathOf(node);
    const push = (key: string, item: unknown) => {
      if (typeof item === 'object' && item !== null) {
        stack.push({ value: item, key, parent: node, depth: node.depth + 1 });
      }
    };
    if (Array.isArray(node.value)) {
      for (let i = 0; i < node.value.length; i++) push(String(i), node.value[i]);
    } else {
      for (const key in node.value) push(key, (node.value as Record<string, unknown>)[key]);
    }
  }
  return null;
}
